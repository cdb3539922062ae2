package com.theogen.coding.internal;

import java.util.Optional;

/**
 * Finds a model's quote in its fragment: exactly first, then ignoring differences of whitespace, typographic
 * quote characters, dashes and case. The span returned always indexes the fragment's own text, so the stored
 * quote is verbatim even when the model's copy was not.
 */
final class QuoteLocator {

    /** {@code text} is {@code fragmentText.substring(start, end)}. */
    record Span(int start, int end, String text) {}

    private QuoteLocator() {}

    static Optional<Span> locate(String fragmentText, String quote) {
        if (quote == null || fragmentText == null) {
            return Optional.empty();
        }
        String wanted = trimDecoration(quote);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        int exact = fragmentText.indexOf(wanted);
        if (exact >= 0) {
            return Optional.of(span(fragmentText, exact, exact + wanted.length()));
        }
        Normalised text = normalise(fragmentText);
        Normalised needle = normalise(wanted);
        String trimmedNeedle = needle.text().strip();
        if (trimmedNeedle.isEmpty()) {
            return Optional.empty();
        }
        int at = text.text().indexOf(trimmedNeedle);
        if (at < 0) {
            return Optional.empty();
        }
        int start = text.origin()[at];
        int end = text.origin()[at + trimmedNeedle.length() - 1] + 1;
        return Optional.of(span(fragmentText, start, end));
    }

    private static Span span(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    /** Drops surrounding quote marks and ellipses a model adds around a citation. */
    private static String trimDecoration(String quote) {
        String q = quote.strip();
        boolean changed = true;
        while (changed && !q.isEmpty()) {
            changed = false;
            for (String mark : new String[] {"\"", "'", "“", "”", "«", "»", "‘", "’", "...", "…"}) {
                if (q.startsWith(mark)) {
                    q = q.substring(mark.length()).strip();
                    changed = true;
                }
                if (q.endsWith(mark)) {
                    q = q.substring(0, q.length() - mark.length()).strip();
                    changed = true;
                }
            }
        }
        return q;
    }

    /** The text with whitespace runs collapsed and characters folded, and the original index of each char. */
    private record Normalised(String text, int[] origin) {}

    private static Normalised normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (lastSpace) {
                    continue;
                }
                c = ' ';
                lastSpace = true;
            } else {
                lastSpace = false;
                c = fold(c);
            }
            origin[out.length()] = i;
            out.append(c);
        }
        return new Normalised(out.toString(), origin);
    }

    private static char fold(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', '`', '´' -> '\'';
            case '“', '”', '„', '‟', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
