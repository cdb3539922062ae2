package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about coding matrices. */
@Category(INVALID_INPUT)
public enum MatrixError implements ErrorCode {
    /** The matrix kind is not one of {@code cooccurrence}, {@code interviews}, {@code attribute}. */
    UNKNOWN_MATRIX_KIND,
    /** A code × attribute matrix without the {@code attribute} parameter. */
    MATRIX_ATTRIBUTE_REQUIRED,
    /** A cell whose row is not a code of the project, or whose column is not a column of the matrix. */
    INVALID_MATRIX_CELL;
}
