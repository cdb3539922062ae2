package com.theogen.analyst;

import java.util.Objects;
import java.util.UUID;

/**
 * A verbatim span of a fragment: {@code fragmentText.substring(start, end).equals(text)} always holds for
 * quotes the analyst emits.
 *
 * @param fragmentId the fragment the span was taken from
 * @param text the exact characters of the span
 * @param start inclusive char offset into the fragment text
 * @param end exclusive char offset into the fragment text
 */
public record Quote(UUID fragmentId, String text, int start, int end) {

    public Quote {
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("quote offsets do not match its text");
        }
    }

    /** True when this quote is exactly the span {@code [start, end)} of {@code fragmentText}. */
    public boolean isVerbatimIn(String fragmentText) {
        return fragmentText != null
                && end <= fragmentText.length()
                && fragmentText.substring(start, end).equals(text);
    }
}
