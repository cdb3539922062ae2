package com.theogen.llm.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Output records shaped like the stages' future ones, for tests. */
final class Outputs {

    private Outputs() {}

    record OpenCoding(@NotEmpty @Valid List<CodeApplication> codes) {}

    record CodeApplication(
            @NotBlank String label,
            @NotBlank String fragmentId,
            @NotBlank String quote,
            @DecimalMin("0") @DecimalMax("1") double confidence) {}

    record Paradigm(
            @NotBlank String coreCategory,
            @Size(min = 5, max = 10) List<@NotBlank String> propositions,
            @NotEmpty @Valid List<Consequence> consequences,
            @Nullable String note) {}

    record Consequence(
            @NotBlank String text,
            @NotNull ConsequenceType type,
            @NotNull Horizon horizon,
            @NotEmpty List<String> evidenceIds) {}

    enum ConsequenceType {
        MATERIAL,
        SOCIAL,
        INSTITUTIONAL;

        @JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum Horizon {
        SHORT_TERM,
        LONG_TERM;

        @JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final String CODING_JSON =
            "{\"codes\":[{\"label\":\"caring at night\",\"fragment_id\":\"f1\",\"quote\":\"I stay up\",\"confidence\":0.8},"
                    + "{\"label\":\"asking for help\",\"fragment_id\":\"f2\",\"quote\":\"I call my sister\",\"confidence\":0.6}]}";
}
