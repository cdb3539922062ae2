package com.theogen.coding;

import com.fasterxml.jackson.annotation.JsonValue;
import com.theogen.shared.WireCode;
import java.util.Locale;

/**
 * What a coder is: a project member ({@code user}), a language model ({@code ai}), the offline analyst
 * ({@code offline}) or a person named in an imported REFI-QDA file who has no account ({@code imported}).
 */
public enum CoderKind implements WireCode {
    USER,
    AI,
    OFFLINE,
    IMPORTED;

    /** The stored and serialised form. */
    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a machine coder, whose work re-coding replaces. People's and imported work never is. */
    public boolean machine() {
        return this == AI || this == OFFLINE;
    }

    /**
     * Reads a stored coder kind.
     *
     * @throws IllegalArgumentException for a code that is none of these
     */
    public static CoderKind fromCode(String code) {
        return WireCode.byCode(code, values())
                .orElseThrow(() -> new IllegalArgumentException("unknown coder kind: " + code));
    }
}
