package com.theogen.project;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.FORBIDDEN;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors of projects, their members and the access policy. */
@Category(INVALID_INPUT)
public enum ProjectError implements ErrorCode {
    /** A member whose role is below what the operation needs (403, with {@code required_role} and {@code role}). */
    @Category(FORBIDDEN)
    ROLE_REQUIRED,
    /** A role that is not {@code viewer}, {@code coder} or {@code owner}. */
    INVALID_ROLE,
    /** No account uses the email an owner tried to add. */
    UNKNOWN_ACCOUNT,
    /** The account is already a member of the project (adding yourself included). */
    @Category(CONFLICT)
    ALREADY_MEMBER,
    /** The change would leave the project without its owner: hand ownership over first. */
    @Category(CONFLICT)
    LAST_OWNER,
    /** {@code owner} asked for when adding a member or changing a role: ownership moves only by transfer. */
    OWNER_BY_TRANSFER,
    /** Ownership handed to someone who is not a member of the project. */
    NOT_A_MEMBER,
    /** Ownership handed to the owner. */
    ALREADY_OWNER;
}
