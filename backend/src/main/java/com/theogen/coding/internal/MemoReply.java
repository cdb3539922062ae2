package com.theogen.coding.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/** The model's memo: sentences, each in one section and citing fragments by the short ids the prompt showed. */
record MemoReply(@NotNull @Valid List<Sentence> sentences) {

    /** @param section {@code null} when a server that ignores the schema sent a section outside the enum */
    record Sentence(Section section, @NotBlank String text, @NotNull @Valid List<Citation> citations) {}

    /** @param quote verbatim words of the fragment, or null/blank to cite the whole fragment */
    record Citation(@NotBlank String fragmentId, @Nullable String quote) {}

    /** The parts of a memo, in the order the memo shows them. */
    enum Section {
        PROPERTIES,
        DIMENSIONS,
        COMPARISONS,
        NEGATIVE_CASES,
        OPEN_QUESTIONS;

        @JsonValue
        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        static Section read(String value) {
            String t =
                    value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (Section s : values()) {
                if (s.name().equals(t)) {
                    return s;
                }
            }
            return null;
        }
    }
}
