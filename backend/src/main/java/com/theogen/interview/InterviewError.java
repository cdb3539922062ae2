package com.theogen.interview;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about an interview's own properties. */
public enum InterviewError implements ErrorCode {
    /**
     * A spoken language outside {@code en es fr de pt it und} (or {@code auto}, back to detection), or none given.
     */
    UNSUPPORTED_SPOKEN_LANGUAGE;

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
