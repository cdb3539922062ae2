package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Requests for an agreement report that cannot be answered. An unknown coder is {@link CoderError#UNKNOWN_CODER}. */
public enum AgreementError implements ErrorCode {
    /** {@code coder_a} and {@code coder_b} name the same coder. */
    SAME_CODER,
    /** {@code unit} is neither {@code fragment} nor {@code character}. */
    INVALID_UNIT,
    /** {@code interview_ids} names interviews the project does not have (listed in {@code interview_ids}). */
    UNKNOWN_INTERVIEW,
    /** {@code code_ids} names codes the project does not have (listed in {@code code_ids}). */
    UNKNOWN_CODE;

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_INPUT;
    }
}
