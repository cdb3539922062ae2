package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about coding matrices. */
public enum MatrixError implements ErrorCode {
    /** The matrix kind is not one of {@code cooccurrence}, {@code interviews}, {@code attribute}. */
    UNKNOWN_MATRIX_KIND,
    /** A code × attribute matrix without the {@code attribute} parameter. */
    MATRIX_ATTRIBUTE_REQUIRED,
    /** A cell whose row is not a code of the project, or whose column is not a column of the matrix. */
    INVALID_MATRIX_CELL;

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
