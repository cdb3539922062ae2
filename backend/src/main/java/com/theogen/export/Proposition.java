package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * A theoretical proposition of the form "If … then … because …".
 *
 * @param id short stable id shown next to it ({@code P1} …)
 * @param text the proposition
 * @param evidence verified quotes that back it
 */
public record Proposition(String id, String text, List<EvidenceQuote> evidence) {

    public Proposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
    }
}
