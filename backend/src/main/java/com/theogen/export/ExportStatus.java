package com.theogen.export;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Lifecycle of a theory export: {@code pending} while it renders, then {@code ready} or {@code failed}. */
public enum ExportStatus {
    PENDING,
    READY,
    FAILED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
