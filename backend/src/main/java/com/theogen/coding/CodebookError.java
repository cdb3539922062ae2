package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of codebook-driven auto-coding. */
public enum CodebookError implements ErrorCode {
    /** The project has no code, or none of the requested code ids is one of its codes. */
    CODEBOOK_EMPTY(ErrorCategory.INVALID_INPUT),
    /** Some requested code ids are not codes of the project; the details name them. */
    UNKNOWN_CODES(ErrorCategory.INVALID_INPUT),
    /** An auto-code mode other than {@code open} or {@code codebook}. */
    INVALID_MODE(ErrorCategory.INVALID_INPUT),
    /** An imported codebook CSV is not UTF-8 text. */
    CSV_NOT_UTF8(ErrorCategory.INVALID_INPUT),
    /** An imported codebook CSV is empty or badly quoted; the details name the line. */
    CSV_MALFORMED(ErrorCategory.INVALID_INPUT),
    /** An imported codebook CSV's header has no {@code code} column. */
    CSV_MISSING_CODE_COLUMN(ErrorCategory.INVALID_INPUT),
    /** An imported codebook CSV's header names a column it cannot import, or one twice; the details name it. */
    CSV_UNKNOWN_COLUMN(ErrorCategory.INVALID_INPUT),
    /** A cell of an imported codebook CSV is longer than the field allows; the details name the line. */
    CSV_FIELD_TOO_LONG(ErrorCategory.INVALID_INPUT),
    /** The parents of an imported codebook CSV would make a code its own ancestor; the details name the line. */
    CSV_PARENT_CYCLE(ErrorCategory.INVALID_INPUT),
    /** An imported codebook CSV has more rows than {@link CodebookImport#MAX_ROWS}. */
    CSV_TOO_MANY_ROWS(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    CodebookError(ErrorCategory category) {
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
