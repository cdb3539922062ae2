package com.theogen.theory.internal;

import java.util.Optional;

/**
 * Finds a quote in a fragment: verbatim first (at the offset the stage gave when it is right, else the first
 * occurrence), then after whitespace normalisation (runs of whitespace count as one space, ends trimmed), mapping
 * the match back to the fragment's own characters.
 */
final class QuoteLocator {

    /** A located span; {@code moved} when the offsets differ from the hint or whitespace had to be normalised. */
    record Span(int start, int end, boolean moved) {}

    private QuoteLocator() {}

    static Optional<Span> locate(String text, String quote, int hint) {
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
