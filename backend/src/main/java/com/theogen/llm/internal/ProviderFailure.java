package com.theogen.llm.internal;

import java.time.Duration;
import java.util.Optional;

/** A failed provider request, classified. The message is already free of keys and shortened. */
final class ProviderFailure extends RuntimeException {

    enum Kind {
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        TIMEOUT(true),
        CONNECTION(true),
        /** The model rejected a request parameter; {@link #rejectedParameter()} names it. */
        UNSUPPORTED_PARAMETER(false),
        CONTEXT_LENGTH(false),
        AUTH(false),
        REJECTED(false),
        INVALID_RESPONSE(false);

        final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;
    private final String rejectedParameter;

    ProviderFailure(Kind kind, int status, String message, Duration retryAfter, String rejectedParameter) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.rejectedParameter = rejectedParameter;
    }

    Kind kind() {
        return kind;
    }

    /** HTTP status, 0 when no response arrived. */
    int status() {
        return status;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@code temperature}, {@code response_format}, {@code max_tokens} or {@code max_completion_tokens}. */
    Optional<String> rejectedParameter() {
        return Optional.ofNullable(rejectedParameter);
    }
}
