package com.theogen.shared;

/**
 * A stable, machine-readable error code owned by one module. Each module that raises errors declares an enum
 * implementing this interface; other modules compare codes by identity ({@code e.code() == LlmError.TIMEOUT})
 * or ask {@link #retriable()}, never by comparing strings.
 */
public interface ErrorCode {

    /** The wire spelling rendered as the ProblemDetail's {@code error_code}, e.g. {@code PROJECT_NOT_FOUND}. */
    String code();

    /** Decides the HTTP status when the error reaches a caller. */
    ErrorCategory category();

    /** Whether trying the same operation again later may succeed (rate limits, timeouts, outages). */
    default boolean retriable() {
        return false;
    }
}
