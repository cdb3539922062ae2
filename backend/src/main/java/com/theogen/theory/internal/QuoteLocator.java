package com.theogen.theory.internal;

import com.theogen.interview.VerbatimQuote;
import java.util.Optional;

/**
 * Finds a quote in a fragment with the project's one evidence rule ({@link VerbatimQuote}): verbatim first (at the
 * offset the stage gave when it is right, else the first occurrence), then after whitespace normalisation, mapping
 * the match back to the fragment's own characters.
 */
final class QuoteLocator {

    /** A located span; {@code moved} when the offsets differ from the hint or whitespace had to be normalised. */
    record Span(int start, int end, boolean moved) {}

    private QuoteLocator() {}

    static Optional<Span> locate(String text, String quote, int hint) {
        return VerbatimQuote.locate(text, quote, hint).map(s -> new Span(s.start(), s.end(), s.moved()));
    }
}
