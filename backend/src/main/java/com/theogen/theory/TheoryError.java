package com.theogen.theory;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** The theory pipeline's own error codes (a run also fails with the codes of the modules it calls). */
public enum TheoryError implements ErrorCode {
    /** Too few categories to relate: refused at request time for a project without interviews, or after coding. */
    INSUFFICIENT_CATEGORIES("INSUFFICIENT_CATEGORIES", ErrorCategory.INVALID_INPUT),
    /** The model named a core category that is not one of the project's, also after the repair call. */
    CENTRAL_CATEGORY_INVALID("CENTRAL_CATEGORY_INVALID", ErrorCategory.UNAVAILABLE),
    /** No verified quote could be found for the core category among its coded fragments. */
    CORE_CATEGORY_UNSUPPORTED("CORE_CATEGORY_UNSUPPORTED", ErrorCategory.INVALID_INPUT),
    /** No coding engine is installed on this server. */
    CODING_UNAVAILABLE("CODING_UNAVAILABLE", ErrorCategory.UNAVAILABLE);

    private final String code;
    private final ErrorCategory category;

    TheoryError(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
