package com.theogen.interview;

import java.util.Optional;

/**
 * The evidence rule for a quoted span (docs/adr/011): a quote counts only when it is verbatim in its fragment —
 * at the offset given when that is right, else at its first occurrence — or verbatim after whitespace
 * normalisation (runs of whitespace count as one space, ends trimmed), in which case the match is mapped back to
 * the fragment's own characters. Theory claims and AI memos are checked with this one rule.
 */
public final class VerbatimQuote {

    /**
     * A located span of the fragment's text.
     *
     * @param moved the offsets differ from the hint, or whitespace had to be normalised
     */
    public record Span(int start, int end, boolean moved) {}

    private VerbatimQuote() {}

    /**
     * @param hint the offset the quote was said to start at, or {@code -1}
     * @return empty for a null or blank quote, or one the text does not hold
     */
    public static Optional<Span> locate(String text, String quote, int hint) {
        if (text == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        if (hint >= 0 && hint + quote.length() <= text.length() && text.startsWith(quote, hint)) {
            return Optional.of(new Span(hint, hint + quote.length(), false));
        }
        int at = text.indexOf(quote);
        if (at >= 0) {
            return Optional.of(new Span(at, at + quote.length(), hint >= 0));
        }
        return normalised(text, quote.strip());
    }

    private static Optional<Span> normalised(String text, String quote) {
        StringBuilder norm = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space && norm.length() > 0) {
                    origin[norm.length()] = i;
                    norm.append(' ');
                }
                space = true;
            } else {
                origin[norm.length()] = i;
                norm.append(c);
                space = false;
            }
        }
        String wanted = quote.replaceAll("\\s+", " ");
        int at = norm.indexOf(wanted);
        if (at < 0 || wanted.isEmpty()) {
            return Optional.empty();
        }
        int start = origin[at];
        int end = origin[at + wanted.length() - 1] + 1;
        return Optional.of(new Span(start, end, true));
    }
}
