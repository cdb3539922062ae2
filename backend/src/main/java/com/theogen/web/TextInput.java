package com.theogen.web;

import com.theogen.shared.DomainException;
import java.util.Map;

/**
 * The one rule for text entering TheoGen: it must be storable as PostgreSQL {@code text}, which cannot hold a NUL
 * character (U+0000). JSON bodies and query parameters are checked at the edge for every endpoint; code that reads
 * text from another channel (multipart form fields) calls {@link #requireStorable} itself. The error names the
 * field, never echoes its value.
 */
public final class TextInput {

    private TextInput() {}

    /** Whether {@code value} can be stored as text; {@code null} counts as storable. */
    public static boolean storable(CharSequence value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\u0000') {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws DomainException {@link InputError#INVALID_TEXT} (400) when {@code value} holds a NUL character
     */
    public static void requireStorable(String field, CharSequence value) {
        if (!storable(value)) {
            throw invalid(field);
        }
    }

    /** The error for a field whose text cannot be stored. */
    public static DomainException invalid(String field) {
        String name = field == null || field.isBlank() ? "text" : field;
        return new DomainException(
                InputError.INVALID_TEXT,
                "Field '" + name + "' contains a NUL character (U+0000), which text cannot hold; remove it",
                Map.of("field", name));
    }
}
