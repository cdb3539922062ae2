package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a paradigm component with the quotes that back it.
 *
 * @param statement the analytic statement
 * @param evidence verified quotes, possibly none
 * @param exceptions negative cases of the statement, possibly none
 */
public record ParadigmItem(String statement, List<EvidenceQuote> evidence, List<NegativeCase> exceptions) {

    public ParadigmItem {
        Objects.requireNonNull(statement, "statement");
        evidence = List.copyOf(evidence);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public ParadigmItem(String statement, List<EvidenceQuote> evidence) {
        this(statement, evidence, List.of());
    }
}
