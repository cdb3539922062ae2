package com.theogen.shared;

import java.util.Map;
import java.util.Objects;

/**
 * An error a module raises on purpose. It carries a stable, machine-readable {@code errorCode} (for
 * example {@code PROJECT_NOT_FOUND}), a category that decides the HTTP status, a message safe to show to
 * the user, and optional details rendered as extra ProblemDetail members. Messages must never contain
 * secrets.
 */
public class DomainException extends RuntimeException {

    private final String errorCode;
    private final ErrorCategory category;
    private final Map<String, Object> details;
    private final ErrorCode code;

    public DomainException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public DomainException(ErrorCode code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    public DomainException(ErrorCode code, String message, Map<String, Object> details, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
        this.category = code.category();
        this.errorCode = code.code();
        this.details = Map.copyOf(details);
    }

    public DomainException(ErrorCategory category, String errorCode, String message) {
        this(category, errorCode, message, Map.of());
    }

    public DomainException(ErrorCategory category, String errorCode, String message, Map<String, Object> details) {
        super(message);
        this.code = null;
        this.category = Objects.requireNonNull(category);
        this.errorCode = Objects.requireNonNull(errorCode);
        this.details = Map.copyOf(details);
    }

    public String errorCode() {
        return errorCode;
    }

    /**
     * The typed code, or {@code null} for an exception built from a plain string code (older call sites that
     * have not moved to a module's {@link ErrorCode} enum yet).
     */
    public ErrorCode code() {
        return code;
    }

    /** Whether this error carries {@code expected} as its typed code. */
    public boolean is(ErrorCode expected) {
        return code == expected;
    }

    /** Whether trying again later may succeed; {@code false} for untyped codes. */
    public boolean retriable() {
        return code != null && code.retriable();
    }

    public ErrorCategory category() {
        return category;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCategory.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static DomainException invalid(String errorCode, String message) {
        return new DomainException(ErrorCategory.INVALID_INPUT, errorCode, message);
    }
}
