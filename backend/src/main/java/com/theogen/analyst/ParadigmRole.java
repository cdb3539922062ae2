package com.theogen.analyst;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The components of Strauss &amp; Corbin's paradigm model around the central category, in causal order. */
public enum ParadigmRole {
    CAUSAL_CONDITION,
    CONTEXT,
    INTERVENING_CONDITION,
    STRATEGY,
    CONSEQUENCE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
