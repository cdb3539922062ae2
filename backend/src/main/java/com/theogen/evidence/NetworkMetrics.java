package com.theogen.evidence;

import java.util.List;
import java.util.UUID;

/**
 * Network metrics of one project. The category co-occurrence graph is <em>undirected</em>: two categories
 * are linked when at least one fragment is coded with a code of each, and the link weight is the number of
 * such shared fragments. Degree, weighted degree and PageRank are computed on that graph; every list is
 * sorted (see below), so the metrics of the same data never depend on the order it was written in.
 *
 * @param categories one entry per category, by PageRank descending, then id
 * @param coOccurrences one entry per linked pair, by shared fragments descending, then ids
 */
public record NetworkMetrics(
        UUID projectId, Counts counts, List<CategoryMetrics> categories, List<CoOccurrence> coOccurrences) {

    public NetworkMetrics {
        categories = List.copyOf(categories);
        coOccurrences = List.copyOf(coOccurrences);
    }

    /** PageRank damping factor; the teleport is uniform and isolated categories spread their rank uniformly. */
    public static final double DAMPING = 0.85;

    /** Number of nodes of each kind in the project. */
    public record Counts(int categories, int codes, int fragments, int interviews) {}

    /**
     * @param codeCount codes grouped in the category
     * @param fragmentCount distinct fragments coded with any of its codes
     * @param interviewCount distinct interviews of those fragments
     * @param interviewCoverage {@code interviewCount} divided by the project's interviews (0 when none)
     * @param degree number of categories it co-occurs with
     * @param weightedDegree sum of the shared-fragment weights of its links
     * @param pageRank PageRank on the weighted undirected graph; the values of a project sum to 1
     */
    public record CategoryMetrics(
            UUID categoryId,
            String name,
            int codeCount,
            int fragmentCount,
            int interviewCount,
            double interviewCoverage,
            int degree,
            double weightedDegree,
            double pageRank) {}

    /** A linked pair; {@code categoryA} is the smaller id. */
    public record CoOccurrence(UUID categoryA, UUID categoryB, int sharedFragments) {}

    public static NetworkMetrics empty(UUID projectId) {
        return new NetworkMetrics(projectId, new Counts(0, 0, 0, 0), List.of(), List.of());
    }
}
