package com.theogen.security;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.FORBIDDEN;
import static com.theogen.shared.ErrorCategory.TOO_MANY_REQUESTS;
import static com.theogen.shared.ErrorCategory.UNAUTHORIZED;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import com.theogen.shared.ErrorCode.Retriable;

/** Errors of sign-in and registration. */
public enum SecurityError implements ErrorCode {
    /** Wrong email or password; the same answer for both, so that it tells nobody which accounts exist. */
    @Category(UNAUTHORIZED)
    INVALID_CREDENTIALS,
    @Category(CONFLICT)
    EMAIL_TAKEN,
    /** The server signs users in through its OIDC issuer. */
    @Category(FORBIDDEN)
    LOCAL_ACCOUNTS_DISABLED,
    /** {@code theogen.security.registration=closed}: accounts are created by an operator or the OIDC issuer. */
    @Category(FORBIDDEN)
    REGISTRATION_CLOSED,
    /** Too many failed sign-ins from this address or on this account; {@code Retry-After} says when to retry. */
    @Category(TOO_MANY_REQUESTS)
    @Retriable
    LOGIN_THROTTLED,
    /** Too many new accounts from this address; {@code Retry-After} says when to retry. */
    @Category(TOO_MANY_REQUESTS)
    @Retriable
    REGISTRATION_THROTTLED;
}
