package com.theogen.coding;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a coder is: a project member ({@code user}), a language model ({@code ai}), the offline analyst
 * ({@code offline}) or a person named in an imported REFI-QDA file who has no account ({@code imported}).
 */
public enum CoderKind {
    USER,
    AI,
    OFFLINE,
    IMPORTED;

    /** The stored and serialised form. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a machine coder, whose work re-coding replaces. People's and imported work never is. */
    public boolean machine() {
        return this == AI || this == OFFLINE;
    }

    public static CoderKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
