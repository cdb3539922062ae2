package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a paradigm component with the quotes that back it.
 *
 * @param statement the analytic statement
 * @param evidence verified quotes, possibly none
 */
public record ParadigmItem(String statement, List<EvidenceQuote> evidence) {

    public ParadigmItem {
        Objects.requireNonNull(statement, "statement");
        evidence = List.copyOf(evidence);
    }
}
