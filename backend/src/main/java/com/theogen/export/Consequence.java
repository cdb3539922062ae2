package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * A consequence of the strategies, typed and placed in time.
 *
 * @param statement what follows
 * @param type material, social, institutional … or other
 * @param horizon short or long term
 * @param evidence verified quotes, possibly none
 * @param exceptions negative cases, possibly none
 * @param category the name of the category that follows, or {@code null} when the statement names none
 */
public record Consequence(
        String statement,
        ConsequenceType type,
        Horizon horizon,
        List<EvidenceQuote> evidence,
        List<NegativeCase> exceptions,
        String category) {

    public Consequence {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(horizon, "horizon");
        evidence = List.copyOf(evidence);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public Consequence(
            String statement,
            ConsequenceType type,
            Horizon horizon,
            List<EvidenceQuote> evidence,
            List<NegativeCase> exceptions) {
        this(statement, type, horizon, evidence, exceptions, null);
    }

    public Consequence(String statement, ConsequenceType type, Horizon horizon, List<EvidenceQuote> evidence) {
        this(statement, type, horizon, evidence, List.of());
    }

    /** This consequence as a plain paradigm item (type and horizon dropped). */
    public ParadigmItem asItem() {
        return new ParadigmItem(statement, evidence, exceptions, category);
    }
}
