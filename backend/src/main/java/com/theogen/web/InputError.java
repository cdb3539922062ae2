package com.theogen.web;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about the shape of a request's input, raised at the HTTP edge before any module sees it. */
public enum InputError implements ErrorCode {
    /** Text that cannot be stored as given: it contains a NUL character (U+0000). */
    INVALID_TEXT,
    /** A JSON value of the wrong type, for example a number where a string is expected; never coerced. */
    INVALID_TYPE;

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
