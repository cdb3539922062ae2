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

    public DomainException(ErrorCategory category, String errorCode, String message) {
        this(category, errorCode, message, Map.of());
    }

    public DomainException(ErrorCategory category, String errorCode, String message, Map<String, Object> details) {
        super(message);
        this.category = Objects.requireNonNull(category);
        this.errorCode = Objects.requireNonNull(errorCode);
        this.details = Map.copyOf(details);
    }

    public String errorCode() {
        return errorCode;
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
