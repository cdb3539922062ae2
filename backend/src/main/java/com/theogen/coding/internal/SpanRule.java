package com.theogen.coding.internal;

import com.theogen.coding.SpanError;
import com.theogen.shared.DomainException;
import java.util.Map;

/**
 * The one rule for a span a person marks in a fragment: UTF-16 offsets {@code 0 <= start < end <= length} into the
 * fragment's own text (the offsets fragments and quotes use everywhere), not splitting a surrogate pair, so the
 * stored quote is the fragment's text at those offsets, verbatim.
 */
final class SpanRule {

    private SpanRule() {}

    /**
     * Checks the span and returns the quote it marks.
     *
     * @throws DomainException {@code SPAN_OUTSIDE_FRAGMENT} or {@code SPAN_NOT_TEXT} (400)
     */
    static String quote(String fragmentText, int start, int end) {
        int length = fragmentText.length();
        if (start < 0 || end <= start || end > length) {
            throw new DomainException(
                    SpanError.SPAN_OUTSIDE_FRAGMENT,
                    "quote_start and quote_end must satisfy 0 <= start < end <= " + length,
                    Map.of("fragment_length", length));
        }
        if (splitsPair(fragmentText, start) || splitsPair(fragmentText, end)) {
            throw new DomainException(
                    SpanError.SPAN_NOT_TEXT,
                    "the span cuts a character in two; offsets count UTF-16 code units",
                    Map.of("fragment_length", length));
        }
        return fragmentText.substring(start, end);
    }

    /**
     * As {@link #quote}, and the span must hold more than white space and, when {@code expected} is given, mark
     * exactly that text.
     *
     * @throws DomainException also {@code SPAN_NOT_TEXT} for a blank span, {@code QUOTE_MISMATCH} (400)
     */
    static String quote(String fragmentText, int start, int end, String expected) {
        String quote = quote(fragmentText, start, end);
        if (quote.isBlank()) {
            throw new DomainException(SpanError.SPAN_NOT_TEXT, "the span holds only white space");
        }
        if (expected != null && !expected.equals(quote)) {
            throw new DomainException(
                    SpanError.QUOTE_MISMATCH,
                    "quote is not the fragment's text at quote_start..quote_end",
                    Map.of("text_at_span", quote));
        }
        return quote;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0
                && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
