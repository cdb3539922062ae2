package com.theogen.llm;

import com.theogen.shared.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's own provider key, received per request in the {@value #HEADER} header and used only for that
 * request's work. It is never persisted in clear, never logged and never returned: {@link #toString()} is
 * redacted, and the value is reachable only through {@link #reveal()}, which the provider adapter calls when it
 * sets the request header. A class rather than a record on purpose: a record would expose the value as a
 * component to Jackson and to every generated {@code equals}/{@code toString}-style tool.
 */
public final class ByoKey {

    /** The HTTP request header that carries a user's own key. */
    public static final String HEADER = "X-LLM-Api-Key";

    private static final int MAX_LENGTH = 512;

    private final String value;

    private ByoKey(String value) {
        this.value = value;
    }

    /**
     * Reads the header value. Absent or blank means no key.
     *
     * @throws DomainException {@code BYO_KEY_MALFORMED} (400) when the value is longer than 512 characters or
     *     contains anything but visible ASCII; the message never repeats the value
     */
    public static Optional<ByoKey> fromHeader(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String trimmed = headerValue.strip();
        if (trimmed.length() > MAX_LENGTH || !trimmed.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new DomainException(
                    LlmError.BYO_KEY_MALFORMED, "The " + HEADER + " header does not hold a valid API key");
        }
        return Optional.of(new ByoKey(trimmed));
    }

    /** The key itself, for the provider adapter only. Never log or return it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByoKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "ByoKey[redacted]";
    }
}
