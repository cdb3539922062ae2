package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors of codebook-driven auto-coding. */
@Category(INVALID_INPUT)
public enum CodebookError implements ErrorCode {
    /** The project has no code, or none of the requested code ids is one of its codes. */
    CODEBOOK_EMPTY,
    /** Some requested code ids are not codes of the project; the details name them. */
    UNKNOWN_CODES,
    /** An auto-code mode other than {@code open} or {@code codebook}. */
    INVALID_MODE,
    /** An imported codebook CSV is not UTF-8 text. */
    CSV_NOT_UTF8,
    /** An imported codebook CSV is empty or badly quoted; the details name the line. */
    CSV_MALFORMED,
    /** An imported codebook CSV's header has no {@code code} column. */
    CSV_MISSING_CODE_COLUMN,
    /** An imported codebook CSV's header names a column it cannot import, or one twice; the details name it. */
    CSV_UNKNOWN_COLUMN,
    /** A cell of an imported codebook CSV is longer than the field allows; the details name the line. */
    CSV_FIELD_TOO_LONG,
    /** The parents of an imported codebook CSV would make a code its own ancestor; the details name the line. */
    CSV_PARENT_CYCLE,
    /** An imported codebook CSV has more rows than {@link CodebookImport#MAX_ROWS}. */
    CSV_TOO_MANY_ROWS;
}
