package com.theogen.web;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about the shape of a request's input, raised at the HTTP edge before any module sees it. */
@Category(INVALID_INPUT)
public enum InputError implements ErrorCode {
    /** Text that cannot be stored as given: it contains a NUL character (U+0000). */
    INVALID_TEXT,
    /** A JSON value of the wrong type, for example a number where a string is expected; never coerced. */
    INVALID_TYPE;
}
