package com.theogen.coding.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.WireCode;
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
    enum Section implements WireCode {
        PROPERTIES,
        DIMENSIONS,
        COMPARISONS,
        NEGATIVE_CASES,
        OPEN_QUESTIONS;

        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A section as the model wrote it: any case, its words joined by underscores or spaces; null otherwise. */
        @JsonCreator
        static Section read(String value) {
            String underscored = value == null ? null : value.strip().replace(' ', '_');
            return WireCode.byCode(underscored, values()).orElse(null);
        }
    }
}
