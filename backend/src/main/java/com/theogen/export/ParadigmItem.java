package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a paradigm component with the quotes that back it.
 *
 * @param statement the analytic statement
 * @param evidence verified quotes, possibly none
 * @param exceptions negative cases of the statement, possibly none
 * @param category the name of the category the statement is about, or {@code null} when it names none
 */
public record ParadigmItem(
        String statement, List<EvidenceQuote> evidence, List<NegativeCase> exceptions, String category) {

    public ParadigmItem {
        Objects.requireNonNull(statement, "statement");
        evidence = List.copyOf(evidence);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public ParadigmItem(String statement, List<EvidenceQuote> evidence, List<NegativeCase> exceptions) {
        this(statement, evidence, exceptions, null);
    }

    public ParadigmItem(String statement, List<EvidenceQuote> evidence) {
        this(statement, evidence, List.of());
    }

    /**
     * What a paradigm figure shows in its box: the category's name when the statement is about one (the statement
     * itself stands in full in the report's text), else the statement.
     */
    public String figureLabel() {
        return category == null || category.isBlank() ? statement : category;
    }
}
