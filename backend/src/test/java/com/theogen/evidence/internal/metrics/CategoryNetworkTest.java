package com.theogen.evidence.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.NetworkMetrics.CategoryMetrics;
import com.theogen.evidence.NetworkMetrics.CoOccurrence;
import com.theogen.evidence.NetworkMetrics.Counts;
import com.theogen.evidence.internal.metrics.CategoryNetwork.CategoryStats;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategoryNetworkTest {

    private final UUID project = UUID.randomUUID();
    private final Counts counts = new Counts(3, 3, 10, 4);

    @Test
    void anIsolatedCategorySpreadsItsRankUniformly() {
        // A-B linked, C isolated. By symmetry a = b; c = t + d·c/3 (C jumps anywhere), a = t + d·(b + c/3).
        UUID a = new UUID(0, 1), b = new UUID(0, 2), c = new UUID(0, 3);
        NetworkMetrics metrics = CategoryNetwork.compute(
                project, counts, List.of(stats(a), stats(b), stats(c)), List.of(new CoOccurrence(b, a, 3)));

        double t = 0.15 / 3;
        double rankC = t / (1 - 0.85 / 3);
        assertThat(rank(metrics, c)).isCloseTo(rankC, within(1e-9));
        assertThat(rank(metrics, a)).isCloseTo((1 - rankC) / 2, within(1e-9));
        assertThat(metrics.coOccurrences()).containsExactly(new CoOccurrence(a, b, 3));
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID();
        List<CoOccurrence> edges =
                List.of(new CoOccurrence(a, b, 2), new CoOccurrence(c, b, 5), new CoOccurrence(a, c, 1));

        NetworkMetrics one = CategoryNetwork.compute(project, counts, List.of(stats(a), stats(b), stats(c)), edges);
        NetworkMetrics two = CategoryNetwork.compute(
                project,
                counts,
                List.of(stats(c), stats(a), stats(b)),
                List.of(edges.get(2), edges.get(0), edges.get(1)));

        assertThat(two).isEqualTo(one);
    }

    @Test
    void interviewCoverageIsZeroWithoutInterviews() {
        UUID a = UUID.randomUUID();
        NetworkMetrics metrics = CategoryNetwork.compute(project, new Counts(1, 0, 0, 0), List.of(stats(a)), List.of());

        assertThat(metrics.categories()).singleElement().satisfies(m -> {
            assertThat(m.interviewCoverage()).isZero();
            assertThat(m.pageRank()).isCloseTo(1.0, within(1e-12));
        });
    }

    private static CategoryStats stats(UUID id) {
        return new CategoryStats(id, id.toString(), 1, 2, 2);
    }

    private static double rank(NetworkMetrics metrics, UUID id) {
        return metrics.categories().stream()
                .filter(m -> m.categoryId().equals(id))
                .mapToDouble(CategoryMetrics::pageRank)
                .findFirst()
                .orElseThrow();
    }
}
