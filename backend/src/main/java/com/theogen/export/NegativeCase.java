package com.theogen.export;

import java.util.Objects;

/**
 * An exception to a claim: where it does not hold, as the analysis stated it, with the fragment that shows it.
 *
 * @param statement the negative case, in the analysis' words
 * @param fragment the cited fragment's text, verbatim, with its interview and place; {@code null} when the claim's
 *     negative case cited no fragment of the project
 */
public record NegativeCase(String statement, EvidenceQuote fragment) {

    public NegativeCase {
        Objects.requireNonNull(statement, "statement");
    }

    public boolean hasFragment() {
        return fragment != null;
    }
}
