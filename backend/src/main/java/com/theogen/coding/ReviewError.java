package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of the review queue for machine coding (docs/adr/031). */
public enum ReviewError implements ErrorCode {
    /** A review state other than {@code pending}, {@code accepted} or {@code rejected}. */
    INVALID_REVIEW_STATE(ErrorCategory.INVALID_INPUT),
    /** A review change that changes nothing: no state, code or span. */
    EMPTY_REVIEW(ErrorCategory.INVALID_INPUT),
    /** The application is a person's or an imported coder's: only machine coding is reviewed. */
    NOT_REVIEWABLE(ErrorCategory.INVALID_INPUT),
    /** Some ids of a bulk review are not applications of the project; the details name them. */
    UNKNOWN_APPLICATIONS(ErrorCategory.INVALID_INPUT),
    /** The code named is not a code of the application's project. */
    UNKNOWN_CODE(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    ReviewError(ErrorCategory category) {
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
