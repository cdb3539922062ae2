package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Agglomerative clustering with average linkage over a similarity matrix (ADR 007). Clusters merge, most
 * similar pair first, until the target count is reached or no pair is at least {@link #THRESHOLD} similar.
 * Two fixed clusters (existing categories) never merge with each other, and no cluster grows past a size
 * cap (twice the mean size at the target), so one vague category cannot swallow the codebook. Finally a
 * free code left alone joins its most similar cluster when its mean similarity to it reaches the threshold too.
 * Ties go to the lower index, so the result is deterministic.
 *
 * <p>The threshold is the floor of a new category's coherence (ADR 043): every merge joins two clusters whose mean
 * cross similarity is at least {@link #THRESHOLD}, so the mean pairwise similarity of any cluster built this way is
 * at least that too. It was 0.05, and a grab-bag of 15 loosely related codes (coherence 0.09) was presented as a
 * category; at 0.12 such codes stay apart — in smaller categories, or as a category of one code — rather than being
 * presented as one concept. Since ADR 056 a merge also needs every code of each side to be, on average, at least that
 * similar to the other side ({@link #everyMemberFits}), so a hub cannot carry unrelated codes into a category.
 */
final class AverageLinkage {

    static final double THRESHOLD = 0.12;

    /** A cluster: member indexes into the matrix, and the existing category it is (index), or -1. */
    record Cluster(List<Integer> members, int existing) {

        boolean fixed() {
            return existing >= 0;
        }
    }

    private AverageLinkage() {}

    static List<Cluster> cluster(double[][] similarity, List<Cluster> start, int target) {
        List<Cluster> clusters = new ArrayList<>(start);
        int items = clusters.stream().mapToInt(c -> c.members().size()).sum();
        int cap = Math.max(3, (int) Math.ceil(2.0 * items / Math.max(1, target)));
        Set<List<List<Integer>>> refused = new HashSet<>();
        while (nonEmpty(clusters) > target) {
            int[] best = bestPair(similarity, clusters, cap, THRESHOLD, refused);
            if (best == null) {
                break;
            }
            if (everyMemberFits(similarity, clusters.get(best[0]), clusters.get(best[1]))) {
                merge(clusters, best[0], best[1]);
            } else {
                refused.add(List.of(
                        clusters.get(best[0]).members(), clusters.get(best[1]).members()));
            }
        }
        attachSingletons(similarity, clusters);
        return clusters;
    }

    /**
     * Whether every code of either cluster is, on average, at least {@link #THRESHOLD} similar to the codes of the
     * other. The mean cross similarity of two clusters can pass the floor because one hub code is close to everything
     * while the rest of its cluster has nothing to do with the other cluster: the chaining that made a catch-all
     * «Trabajo» hold «hermano», «brothers» and «nurse». Existing categories are not checked (a person placed their
     * codes).
     */
    static boolean everyMemberFits(double[][] similarity, Cluster a, Cluster b) {
        if (a.fixed() || b.fixed()) {
            return true;
        }
        return fits(similarity, a, b) && fits(similarity, b, a);
    }

    private static boolean fits(double[][] similarity, Cluster members, Cluster other) {
        for (int x : members.members()) {
            double sum = 0;
            for (int y : other.members()) {
                sum += similarity[x][y];
            }
            if (sum / other.members().size() < THRESHOLD) {
                return false;
            }
        }
        return true;
    }

    private static void attachSingletons(double[][] similarity, List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster single = clusters.get(i);
            if (single.fixed() || single.members().size() != 1) {
                continue;
            }
            int home = -1;
            double best = THRESHOLD;
            for (int j = 0; j < clusters.size(); j++) {
                Cluster other = clusters.get(j);
                if (j != i && !other.members().isEmpty()) {
                    double s = linkage(similarity, single, other);
                    if (s > best) {
                        best = s;
                        home = j;
                    }
                }
            }
            if (home >= 0) {
                merge(clusters, Math.min(i, home), Math.max(i, home));
                i = -1;
            }
        }
    }

    private static int[] bestPair(
            double[][] similarity,
            List<Cluster> clusters,
            int cap,
            double threshold,
            Set<List<List<Integer>>> refused) {
        int[] best = null;
        double bestValue = threshold;
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster a = clusters.get(i);
                Cluster b = clusters.get(j);
                boolean allowed = !(a.fixed() && b.fixed())
                        && !a.members().isEmpty()
                        && !b.members().isEmpty()
                        && a.members().size() + b.members().size() <= cap
                        && !refused.contains(List.of(a.members(), b.members()));
                if (allowed) {
                    double value = linkage(similarity, a, b);
                    if (value > bestValue || (best == null && value >= bestValue)) {
                        bestValue = value;
                        best = new int[] {i, j};
                    }
                }
            }
        }
        return best;
    }

    /** Cluster {@code j > i} joins cluster {@code i}; the merged cluster is the existing category if either was. */
    private static void merge(List<Cluster> clusters, int i, int j) {
        Cluster a = clusters.get(i);
        Cluster b = clusters.get(j);
        List<Integer> members = new ArrayList<>(a.members());
        members.addAll(b.members());
        members.sort(Integer::compare);
        clusters.set(i, new Cluster(members, Math.max(a.existing(), b.existing())));
        clusters.remove(j);
    }

    static double linkage(double[][] similarity, Cluster a, Cluster b) {
        double sum = 0;
        for (int x : a.members()) {
            for (int y : b.members()) {
                sum += similarity[x][y];
            }
        }
        return sum / (a.members().size() * b.members().size());
    }

    private static int nonEmpty(List<Cluster> clusters) {
        return (int) clusters.stream().filter(c -> !c.members().isEmpty()).count();
    }
}
