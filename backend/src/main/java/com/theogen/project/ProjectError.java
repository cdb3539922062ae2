package com.theogen.project;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of projects, their members and the access policy. */
public enum ProjectError implements ErrorCode {
    /** A member whose role is below what the operation needs (403, with {@code required_role} and {@code role}). */
    ROLE_REQUIRED(ErrorCategory.FORBIDDEN),
    /** A role that is not {@code viewer}, {@code coder} or {@code owner}. */
    INVALID_ROLE(ErrorCategory.INVALID_INPUT),
    /** No account uses the email an owner tried to add. */
    UNKNOWN_ACCOUNT(ErrorCategory.INVALID_INPUT),
    /** The account is already a member of the project (adding yourself included). */
    ALREADY_MEMBER(ErrorCategory.CONFLICT),
    /** The change would leave the project without its owner: hand ownership over first. */
    LAST_OWNER(ErrorCategory.CONFLICT),
    /** {@code owner} asked for when adding a member or changing a role: ownership moves only by transfer. */
    OWNER_BY_TRANSFER(ErrorCategory.INVALID_INPUT),
    /** Ownership handed to someone who is not a member of the project. */
    NOT_A_MEMBER(ErrorCategory.INVALID_INPUT),
    /** Ownership handed to the owner. */
    ALREADY_OWNER(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    ProjectError(ErrorCategory category) {
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
