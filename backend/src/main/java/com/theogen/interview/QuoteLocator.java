package com.theogen.interview;

import java.util.Optional;

/**
 * The one quote locator (docs/adr/049): is this quote verbatim in its fragment, and where. Every span it returns
 * indexes the fragment's own text and carries those characters, so what a caller stores is verbatim whatever the
 * quote it was given looked like.
 *
 * <p>{@link #locate} is the evidence rule (docs/adr/011) that theory claims, negative cases and AI memo citations
 * are held to: verbatim at the offset given when that is right, else at its first occurrence, else verbatim after
 * whitespace normalisation (runs of whitespace count as one space, ends trimmed). {@link #anchor} places a coding
 * model's own quote of the fragment it was shown: the same steps after dropping the quote marks and ellipses a
 * model wraps a citation in, then, last, also forgiving typographic quote characters, dashes, no-break spaces and
 * case.
 */
public final class QuoteLocator {

    /**
     * A located span of the fragment's text.
     *
     * @param text the fragment's own characters, {@code fragmentText.substring(start, end)}
     * @param moved the offsets differ from the hint, or the quote had to be normalised to be found
     */
    public record Span(int start, int end, String text, boolean moved) {}

    private static final String[] DECORATION = {"\"", "'", "“", "”", "«", "»", "‘", "’", "...", "…"};

    private QuoteLocator() {}

    /**
     * Locates a quote by the evidence rule.
     *
     * @param hint the offset the quote was said to start at, or {@code -1}
     * @return empty for a null text, a null or blank quote, or one the text does not hold
     */
    public static Optional<Span> locate(String text, String quote, int hint) {
        if (text == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        if (hint >= 0 && text.startsWith(quote, hint)) {
            return Optional.of(span(text, hint, hint + quote.length(), false));
        }
        int at = text.indexOf(quote);
        if (at >= 0) {
            return Optional.of(span(text, at, at + quote.length(), hint >= 0));
        }
        return normalised(text, quote, false);
    }

    /**
     * Locates a coding model's quote of its fragment: {@link #locate} after dropping surrounding quote marks and
     * ellipses, then ignoring typographic quote characters, dashes, no-break spaces and case as well.
     *
     * @return empty for a null text or quote, one that is only decoration, or one the text does not hold
     */
    public static Optional<Span> anchor(String text, String quote) {
        if (text == null || quote == null) {
            return Optional.empty();
        }
        String wanted = undecorated(quote);
        return locate(text, wanted, -1).or(() -> wanted.isEmpty() ? Optional.empty() : normalised(text, wanted, true));
    }

    private static Span span(String text, int start, int end, boolean moved) {
        return new Span(start, end, text.substring(start, end), moved);
    }

    /** Drops surrounding quote marks and ellipses a model adds around a citation. */
    private static String undecorated(String quote) {
        String q = quote.strip();
        boolean changed = true;
        while (changed && !q.isEmpty()) {
            changed = false;
            for (String mark : DECORATION) {
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

    /**
     * Matches the quote against the text with whitespace runs collapsed (and, when {@code typographic}, characters
     * folded), mapping the match back to the text's own characters.
     */
    private static Optional<Span> normalised(String text, String quote, boolean typographic) {
        StringBuilder norm = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c, typographic)) {
                if (!space && norm.length() > 0) {
                    origin[norm.length()] = i;
                    norm.append(' ');
                }
                space = true;
            } else {
                origin[norm.length()] = i;
                norm.append(typographic ? fold(c) : c);
                space = false;
            }
        }
        String wanted = normalise(quote.strip(), typographic);
        int at = wanted.isEmpty() ? -1 : norm.indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(span(text, origin[at], origin[at + wanted.length() - 1] + 1, true));
    }

    private static String normalise(String quote, boolean typographic) {
        StringBuilder out = new StringBuilder(quote.length());
        boolean space = false;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (isSpace(c, typographic)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(typographic ? fold(c) : c);
                space = false;
            }
        }
        return out.toString().strip();
    }

    private static boolean isSpace(char c, boolean typographic) {
        return Character.isWhitespace(c) || (typographic && c == '\u00a0');
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
