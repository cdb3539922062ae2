package com.theogen.job;

import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.WireCode;
import java.util.Locale;

/** Lifecycle of a job. {@code pending} and {@code running} are active and hold the project's lock. */
public enum JobStatus implements WireCode {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELED;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }

    /**
     * Reads a stored job status.
     *
     * @throws IllegalArgumentException for a code that is none of these
     */
    public static JobStatus fromCode(String code) {
        return WireCode.byCode(code, values())
                .orElseThrow(() -> new IllegalArgumentException("unknown job status: " + code));
    }
}
