package com.theogen.llm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which configured model a call uses. Each role maps to one model (or Azure deployment) with its own context
 * limit, see {@code theogen.llm.models.*}.
 */
public enum ModelRole {
    /** Many cheap calls over fragments: open coding, axial grouping. */
    CODING,
    /** Few long calls that need the strongest model: central category, paradigm, repairs. */
    REASONING,
    /** Short utility calls: saturation gaps, JSON repair. */
    FAST;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
