package com.theogen.theory;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.UNAVAILABLE;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** The theory pipeline's own error codes (a run also fails with the codes of the modules it calls). */
public enum TheoryError implements ErrorCode {
    /** Too few categories to relate: refused at request time for a project without interviews, or after coding. */
    @Category(INVALID_INPUT)
    INSUFFICIENT_CATEGORIES,
    /** The model named a core category that is not one of the project's, also after the repair call. */
    @Category(UNAVAILABLE)
    CENTRAL_CATEGORY_INVALID,
    /** No verified quote could be found for the core category among its coded fragments. */
    @Category(INVALID_INPUT)
    CORE_CATEGORY_UNSUPPORTED,
    /** No coding engine is installed on this server. */
    @Category(UNAVAILABLE)
    CODING_UNAVAILABLE,
    /**
     * The theory was saved by a newer TheoGen in a storage format this build does not read (docs/adr/053, 060). The
     * row is left as it is; running the newer version again reads it.
     */
    @Category(CONFLICT)
    THEORY_FORMAT_NEWER;
}
