package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of codebook-driven auto-coding. */
public enum CodebookError implements ErrorCode {
    /** The project has no code, or none of the requested code ids is one of its codes. */
    CODEBOOK_EMPTY(ErrorCategory.INVALID_INPUT),
    /** Some requested code ids are not codes of the project; the details name them. */
    UNKNOWN_CODES(ErrorCategory.INVALID_INPUT),
    /** An auto-code mode other than {@code open} or {@code codebook}. */
    INVALID_MODE(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    CodebookError(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
