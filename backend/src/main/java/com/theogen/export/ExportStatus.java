package com.theogen.export;

import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.WireCode;
import java.util.Locale;

/** Lifecycle of a theory export: {@code pending} while it renders, then {@code ready} or {@code failed}. */
public enum ExportStatus implements WireCode {
    PENDING,
    READY,
    FAILED;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored export status.
     *
     * @throws IllegalArgumentException for a code that is none of these
     */
    public static ExportStatus fromCode(String code) {
        return WireCode.byCode(code, values())
                .orElseThrow(() -> new IllegalArgumentException("unknown export status: " + code));
    }
}
