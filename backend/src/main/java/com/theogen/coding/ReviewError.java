package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors of the review queue for machine coding (docs/adr/031). */
@Category(INVALID_INPUT)
public enum ReviewError implements ErrorCode {
    /** A review state other than {@code pending}, {@code accepted} or {@code rejected}. */
    INVALID_REVIEW_STATE,
    /** A review change that changes nothing: no state, code or span. */
    EMPTY_REVIEW,
    /** The application is a person's or an imported coder's: only machine coding is reviewed. */
    NOT_REVIEWABLE,
    /** Some ids of a bulk review are not applications of the project; the details name them. */
    UNKNOWN_APPLICATIONS,
    /** The code named is not a code of the application's project. */
    UNKNOWN_CODE;
}
