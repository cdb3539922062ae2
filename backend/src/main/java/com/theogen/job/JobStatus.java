package com.theogen.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Lifecycle of a job. {@code pending} and {@code running} are active and hold the project's lock. */
public enum JobStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }

    public static JobStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
