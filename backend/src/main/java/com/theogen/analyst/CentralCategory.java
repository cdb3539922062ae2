package com.theogen.analyst;

import java.util.List;
import java.util.UUID;

/**
 * The central (core) category chosen by centrality × interview coverage × process character (ADR 043).
 *
 * @param categoryId always one of the request's categories
 * @param name its name
 * @param score its score in [0, 1]
 * @param why one sentence in the project language citing the numbers behind the choice
 * @param ranking every category's score, best first
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record CentralCategory(
        UUID categoryId, String name, double score, String why, List<Score> ranking, String generatedBy) {

    public CentralCategory {
        ranking = List.copyOf(ranking);
    }

    /**
     * How one category scored.
     *
     * @param categoryId the category
     * @param name its name
     * @param centrality mean of PageRank and weighted degree, each divided by the project's maximum
     * @param coverage share of interviews where it appears
     * @param score centrality × coverage × (0.25 + 0.75 × process character) × coherence focus (ADR 057): a category
     *     of unlike codes keeps 40 % of its score, and one naming roles, people or
     *     places keeps a quarter of its score (ADR 043)
     */
    public record Score(UUID categoryId, String name, double centrality, double coverage, double score) {}
}
