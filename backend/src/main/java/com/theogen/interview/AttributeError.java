package com.theogen.interview;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about interview attributes. */
@Category(INVALID_INPUT)
public enum AttributeError implements ErrorCode {
    /** A blank or repeated name, too many attributes, or a value that is not of its type. */
    INVALID_ATTRIBUTE,
    /** An {@code attr.<name>=<value>} filter with a blank name or value, or too many of them. */
    INVALID_ATTRIBUTE_FILTER,
    /** A filter or matrix names an attribute no interview of the project has. */
    UNKNOWN_ATTRIBUTE,
    /** An attributes CSV that cannot be read: empty, no variable column, a row of the wrong width. */
    INVALID_ATTRIBUTE_CSV;
}
