package com.theogen.evidence.internal.metrics;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.NetworkMetrics.CategoryMetrics;
import com.theogen.evidence.NetworkMetrics.CoOccurrence;
import com.theogen.evidence.NetworkMetrics.Counts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Computes {@link NetworkMetrics} from the numbers a graph adapter extracts: per-category counts and the
 * co-occurrence edge list. Both graph adapters call this one calculation, so they agree whenever they extract
 * the same numbers, and every input is sorted first, so the result never depends on extraction order.
 */
public final class CategoryNetwork {

    /** Iterations stop when the total change of the ranks falls below this, or after {@link #MAX_ITERATIONS}. */
    static final double TOLERANCE = 1e-12;

    static final int MAX_ITERATIONS = 1000;

    private CategoryNetwork() {}

    /** What an adapter extracts for one category. */
    public record CategoryStats(UUID id, String name, int codeCount, int fragmentCount, int interviewCount) {}

    /**
     * @param counts node counts of the project
     * @param categories every category of the project, in any order
     * @param pairs co-occurring pairs in any order and orientation, each pair once, with shared fragments &gt; 0
     */
    public static NetworkMetrics compute(
            UUID projectId, Counts counts, List<CategoryStats> categories, List<CoOccurrence> pairs) {
        List<CategoryStats> nodes = new ArrayList<>(categories);
        nodes.sort(Comparator.comparing(CategoryStats::id));
        List<CoOccurrence> edges =
                pairs.stream().map(CategoryNetwork::oriented).sorted(byId()).toList();

        Map<UUID, Integer> degree = new HashMap<>();
        Map<UUID, Double> weighted = new HashMap<>();
        for (CoOccurrence e : edges) {
            for (UUID end : List.of(e.categoryA(), e.categoryB())) {
                degree.merge(end, 1, Integer::sum);
                weighted.merge(end, (double) e.sharedFragments(), Double::sum);
            }
        }
        Map<UUID, Double> rank = pageRank(nodes, edges);

        List<CategoryMetrics> metrics = new ArrayList<>();
        for (CategoryStats c : nodes) {
            double coverage = counts.interviews() == 0 ? 0 : (double) c.interviewCount() / counts.interviews();
            metrics.add(new CategoryMetrics(
                    c.id(),
                    c.name(),
                    c.codeCount(),
                    c.fragmentCount(),
                    c.interviewCount(),
                    coverage,
                    degree.getOrDefault(c.id(), 0),
                    weighted.getOrDefault(c.id(), 0.0),
                    rank.getOrDefault(c.id(), 0.0)));
        }
        metrics.sort(Comparator.comparingDouble(CategoryMetrics::pageRank)
                .reversed()
                .thenComparing(CategoryMetrics::categoryId));
        List<CoOccurrence> byWeight = new ArrayList<>(edges);
        byWeight.sort(Comparator.comparingInt(CoOccurrence::sharedFragments)
                .reversed()
                .thenComparing(byId()));
        return new NetworkMetrics(projectId, counts, metrics, byWeight);
    }

    /**
     * PageRank on the undirected weighted graph: from a category the walk moves to a neighbour with probability
     * proportional to their shared fragments; with probability {@code 1 - DAMPING}, and always from an isolated
     * category, it jumps to a category chosen uniformly.
     */
    private static Map<UUID, Double> pageRank(List<CategoryStats> nodes, List<CoOccurrence> edges) {
        if (nodes.isEmpty()) {
            return Map.of();
        }
        Graph<UUID, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.forEach(n -> graph.addVertex(n.id()));
        for (CoOccurrence e : edges) {
            if (graph.containsVertex(e.categoryA()) && graph.containsVertex(e.categoryB())) {
                DefaultWeightedEdge edge = graph.addEdge(e.categoryA(), e.categoryB());
                graph.setEdgeWeight(edge, e.sharedFragments());
            }
        }
        return new PageRank<>(graph, NetworkMetrics.DAMPING, MAX_ITERATIONS, TOLERANCE).getScores();
    }

    private static CoOccurrence oriented(CoOccurrence e) {
        return e.categoryA().compareTo(e.categoryB()) <= 0
                ? e
                : new CoOccurrence(e.categoryB(), e.categoryA(), e.sharedFragments());
    }

    private static Comparator<CoOccurrence> byId() {
        return Comparator.comparing(CoOccurrence::categoryA).thenComparing(CoOccurrence::categoryB);
    }
}
