package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * A theoretical proposition ("If … then … because …", or the form that fits the relation it claims).
 *
 * @param id short stable id shown next to it ({@code P1} …)
 * @param text the proposition
 * @param evidence verified quotes that back it
 * @param exceptions negative cases of the proposition, possibly none
 */
public record Proposition(String id, String text, List<EvidenceQuote> evidence, List<NegativeCase> exceptions) {

    public Proposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public Proposition(String id, String text, List<EvidenceQuote> evidence) {
        this(id, text, evidence, List.of());
    }
}
