package com.theogen.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Languages TheoGen analyses and writes reports in. Serialised as {@code es} / {@code en}. */
public enum Language implements WireCode {
    ES("es"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses {@code es} or {@code en} (any case); anything else is an {@code UNSUPPORTED_LANGUAGE} error. */
    @JsonCreator
    public static Language fromCode(String code) {
        return WireCode.byCode(code, values())
                .orElseThrow(() -> DomainException.invalid("UNSUPPORTED_LANGUAGE", "language must be 'es' or 'en'"));
    }
}
