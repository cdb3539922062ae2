package com.theogen.interview;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about an interview's own properties. */
@Category(INVALID_INPUT)
public enum InterviewError implements ErrorCode {
    /**
     * A spoken language outside {@code en es fr de pt it und} (or {@code auto}, back to detection), or none given.
     */
    UNSUPPORTED_SPOKEN_LANGUAGE;
}
