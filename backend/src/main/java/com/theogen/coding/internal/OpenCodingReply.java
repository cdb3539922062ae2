package com.theogen.coding.internal;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The model's open-coding answer for one batch: per fragment (by the short id it was shown with) up to three
 * codes, each with a quote that must be found in that fragment. More than three codes are cut, not refused.
 */
record OpenCodingReply(@NotNull @Valid List<FragmentCodes> fragments) {

    record FragmentCodes(@NotBlank String fragmentId, @NotNull @Valid List<ProposedCode> codes) {}

    /**
     * @param reuseCodeId the short id ({@code c3}) of an offered existing code this application reuses; {@code null}
     *     for a new code
     * @param comparison for a new code, how it differs from the closest existing code (constant comparison)
     * @param properties characteristics of the concept the fragment shows (grounded theory "properties")
     * @param dimensions the range along which a property varies, e.g. "support: constant to absent"
     */
    record ProposedCode(
            @Nullable String reuseCodeId,
            @NotBlank String label,
            @Nullable String definition,
            @NotNull List<String> properties,
            @NotNull List<String> dimensions,
            @NotBlank String quote,
            @DecimalMin("0") @DecimalMax("1") double confidence,
            @Nullable String comparison) {}
}
