package com.theogen.interview.internal.parsing;

/**
 * A fragment as parsed: {@code text} is {@code fullText.substring(charStart, charEnd)}.
 *
 * @param startMs time of the source passage containing the first character, or {@code null}
 * @param endMs end time of the source passage containing the last character, or {@code null}
 */
public record ParsedFragment(
        int ordinal, String speaker, String text, int charStart, int charEnd, Long startMs, Long endMs) {}
