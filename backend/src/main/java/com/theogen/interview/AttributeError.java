package com.theogen.interview;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about interview attributes. */
public enum AttributeError implements ErrorCode {
    /** A blank or repeated name, too many attributes, or a value that is not of its type. */
    INVALID_ATTRIBUTE;

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
