package com.theogen.security;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors of sign-in and registration. */
public enum SecurityError implements ErrorCode {
    /** Wrong email or password; the same answer for both, so that it tells nobody which accounts exist. */
    INVALID_CREDENTIALS(ErrorCategory.UNAUTHORIZED, false),
    EMAIL_TAKEN(ErrorCategory.CONFLICT, false),
    /** The server signs users in through its OIDC issuer. */
    LOCAL_ACCOUNTS_DISABLED(ErrorCategory.FORBIDDEN, false),
    /** {@code theogen.security.registration=closed}: accounts are created by an operator or the OIDC issuer. */
    REGISTRATION_CLOSED(ErrorCategory.FORBIDDEN, false),
    /** Too many failed sign-ins from this address or on this account; {@code Retry-After} says when to retry. */
    LOGIN_THROTTLED(ErrorCategory.TOO_MANY_REQUESTS, true),
    /** Too many new accounts from this address; {@code Retry-After} says when to retry. */
    REGISTRATION_THROTTLED(ErrorCategory.TOO_MANY_REQUESTS, true);

    private final ErrorCategory category;
    private final boolean retriable;

    SecurityError(ErrorCategory category, boolean retriable) {
        this.category = category;
        this.retriable = retriable;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean retriable() {
        return retriable;
    }
}
