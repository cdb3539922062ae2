package com.theogen.coding.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The model's codebook-coding answer for one batch: per fragment (by the short id it was shown with) the codebook
 * codes (by the short id they were shown with) that apply, each with a quote that must be found in that fragment.
 */
record CodebookCodingReply(@NotNull @Valid List<FragmentCodes> fragments) {

    record FragmentCodes(@NotBlank String fragmentId, @NotNull @Valid List<AppliedCode> codes) {}

    record AppliedCode(
            @NotBlank String codeId, @NotBlank String quote, @DecimalMin("0") @DecimalMax("1") double confidence) {}
}
