package com.theogen.theory.internal.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The time horizon of a consequence, an enum in the paradigm reply's schema. */
enum HorizonKind {
    SHORT_TERM,
    LONG_TERM;

    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Read tolerantly for servers that ignore the schema (English and Spanish); empty when it names neither. */
    static Optional<String> read(String written) {
        String t = written == null
                ? ""
                : written.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (t.startsWith("short") || t.startsWith("corto") || t.contains("corto_plazo")) {
            return Optional.of(SHORT_TERM.wire());
        }
        if (t.startsWith("long") || t.startsWith("largo") || t.contains("largo_plazo")) {
            return Optional.of(LONG_TERM.wire());
        }
        return Optional.empty();
    }
}
