package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Requests for an agreement report that cannot be answered. An unknown coder is {@link CoderError#UNKNOWN_CODER}. */
@Category(INVALID_INPUT)
public enum AgreementError implements ErrorCode {
    /** {@code coder_a} and {@code coder_b} name the same coder. */
    SAME_CODER,
    /** {@code unit} is neither {@code fragment} nor {@code character}. */
    INVALID_UNIT,
    /** {@code interview_ids} names interviews the project does not have (listed in {@code interview_ids}). */
    UNKNOWN_INTERVIEW,
    /** {@code code_ids} names codes the project does not have (listed in {@code code_ids}). */
    UNKNOWN_CODE;
}
