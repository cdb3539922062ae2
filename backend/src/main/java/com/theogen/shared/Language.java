package com.theogen.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Languages TheoGen analyses and writes reports in. Serialised as {@code es} / {@code en}. */
public enum Language {
    ES("es"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Parses {@code es} or {@code en} (any case); anything else is an {@code UNSUPPORTED_LANGUAGE} error. */
    @JsonCreator
    public static Language fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.code.equals(wanted)) {
                    return language;
                }
            }
        }
        throw DomainException.invalid("UNSUPPORTED_LANGUAGE", "language must be 'es' or 'en'");
    }
}
