package com.theogen.coding.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The relation types of the paradigm model a category can bear on another, as the axial-grouping reply names them
 * (an enum in its schema). Read tolerantly for servers that ignore the schema: English and Spanish stems map to a
 * type; anything else reads as {@code null} and the relation is dropped.
 */
enum RelationKind {
    CAUSAL,
    CONTEXTUAL,
    INTERVENING,
    STRATEGY,
    CONSEQUENCE;

    /** The stored spelling ({@code causal}, {@code strategy} …). */
    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static RelationKind read(String value) {
        String t = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("caus")) {
            return CAUSAL;
        }
        if (t.startsWith("context")) {
            return CONTEXTUAL;
        }
        if (t.startsWith("interven") || t.startsWith("intervin")) {
            return INTERVENING;
        }
        if (t.startsWith("strateg") || t.startsWith("estrateg") || t.startsWith("action")) {
            return STRATEGY;
        }
        if (t.startsWith("consequen") || t.startsWith("consecuen")) {
            return CONSEQUENCE;
        }
        return null;
    }
}
