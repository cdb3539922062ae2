package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about coders and coder filters. */
@Category(INVALID_INPUT)
public enum CoderError implements ErrorCode {
    /** A {@code coder} filter names a coder the project does not have. */
    UNKNOWN_CODER;
}
