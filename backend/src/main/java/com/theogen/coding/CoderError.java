package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about coders and coder filters. */
public enum CoderError implements ErrorCode {
    /** A {@code coder} filter names a coder the project does not have. */
    UNKNOWN_CODER(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    CoderError(ErrorCategory category) {
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
