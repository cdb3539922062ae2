package com.theogen.analyst.internal;

/**
 * A word of a fragment with its exact character span.
 *
 * @param start inclusive offset into the fragment text
 * @param end exclusive offset (a trailing English possessive {@code 's} is left outside the span)
 * @param lower the lower-cased word
 * @param stem the light stem used to group variants
 * @param kind what the word can be in a phrase
 * @param boundaryBefore true when punctuation separates this word from the previous one
 * @param previous what the word right before (same clause) suggests this word is
 * @param casing how the word is written, with sentence-initial capitals told apart
 */
record Token(
        int start,
        int end,
        String lower,
        String stem,
        Kind kind,
        boolean boundaryBefore,
        Marker previous,
        Casing casing) {

    enum Kind {
        /** Carries meaning; may start, end or make up a phrase. */
        CONTENT,
        /** Generic noun: may be part of a longer phrase, never a phrase alone. */
        WEAK,
        /** "de", "of": only inside a phrase. */
        CONNECTOR,
        /** Stop-word, filler, number, speaker label: breaks phrases. */
        STOP
    }

    enum Casing {
        LOWER,
        /** "Rosario" in mid-sentence: a proper noun when the word never appears in lower case. */
        TITLE,
        /** Sentence-initial capital, acronyms and mixed case: say nothing about proper nouns. */
        OTHER
    }

    enum Marker {
        NOUN,
        VERB,
        NONE
    }

    boolean canEdgePhrase() {
        return kind == Kind.CONTENT || kind == Kind.WEAK;
    }
}
