package com.theogen.export;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of consequence it is: every type a domain template's typology may use, and {@code OTHER} for a
 * consequence of none of them (its own word for the type is then part of the statement). The theory pipeline offers
 * the model these types by their {@link #code()}s, and a saved theory holds a consequence's type as that code.
 */
public enum ConsequenceType {
    MATERIAL,
    SOCIAL,
    INSTITUTIONAL,
    PSYCHOLOGICAL,
    HEALTH,
    EDUCATIONAL,
    ECONOMIC,
    POLITICAL,
    OTHER;

    /** The wire name: the constant in lower case ({@code material}, {@code other} …). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
