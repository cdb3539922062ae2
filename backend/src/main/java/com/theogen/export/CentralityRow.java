package com.theogen.export;

import java.util.Objects;

/**
 * Network metrics of one category on the undirected, weighted co-occurrence graph.
 *
 * @param category the category's name
 * @param codeCount codes grouped under it
 * @param fragmentCount fragments coded with it
 * @param interviewCoverage interviews in which it appears
 * @param degree categories it co-occurs with
 * @param weightedDegree sum of shared fragments over its edges
 * @param pagerank PageRank score (the scores of all categories sum to 1)
 */
public record CentralityRow(
        String category,
        int codeCount,
        int fragmentCount,
        int interviewCoverage,
        int degree,
        double weightedDegree,
        double pagerank) {

    public CentralityRow {
        Objects.requireNonNull(category, "category");
    }
}
