package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.theogen.evidence.GraphBatch.Code;
import com.theogen.evidence.GraphBatch.FragmentCodes;
import com.theogen.evidence.NetworkMetrics.CategoryMetrics;
import com.theogen.evidence.NetworkMetrics.CoOccurrence;
import com.theogen.evidence.NetworkMetrics.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link EvidenceGraph} contract, run against every adapter. */
public abstract class EvidenceGraphContract {

    /** PageRank of the star by hand: a = (t + d) / (1 + d), b = t + d·a/2, c = d' = t + d·a/4, t = (1 - d)/4. */
    private static final double T = (1 - 0.85) / 4;

    private static final double RANK_A = (T + 0.85) / 1.85;
    private static final double RANK_B = T + 0.85 * RANK_A / 2;
    private static final double RANK_C = T + 0.85 * RANK_A / 4;

    protected EvidenceGraph graph;

    protected abstract EvidenceGraph newGraph() throws Exception;

    @BeforeEach
    void openGraph() throws Exception {
        graph = newGraph();
    }

    private static Map<UUID, CategoryMetrics> byId(NetworkMetrics metrics) {
        return metrics.categories().stream()
                .collect(Collectors.toMap(CategoryMetrics::categoryId, Function.identity()));
    }

    @Test
    void computesTheHandCheckedMetricsOfAFourCategoryStar() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        NetworkMetrics metrics = graph.metrics(star.project());

        assertThat(metrics.counts()).isEqualTo(new Counts(4, 6, 6, 2));
        Map<UUID, CategoryMetrics> m = byId(metrics);
        assertThat(m.get(star.a())).satisfies(a -> {
            assertThat(a.name()).isEqualTo("A");
            assertThat(a.codeCount()).isEqualTo(2);
            assertThat(a.fragmentCount()).isEqualTo(4);
            assertThat(a.interviewCount()).isEqualTo(2);
            assertThat(a.interviewCoverage()).isEqualTo(1.0);
            assertThat(a.degree()).isEqualTo(3);
            assertThat(a.weightedDegree()).isEqualTo(4.0);
            assertThat(a.pageRank()).isCloseTo(RANK_A, within(1e-6));
        });
        assertThat(m.get(star.b())).satisfies(b -> {
            assertThat(List.of(b.codeCount(), b.fragmentCount(), b.interviewCount(), b.degree()))
                    .containsExactly(1, 3, 2, 1);
            assertThat(b.weightedDegree()).isEqualTo(2.0);
            assertThat(b.pageRank()).isCloseTo(RANK_B, within(1e-6));
        });
        for (UUID leaf : List.of(star.c(), star.d())) {
            CategoryMetrics c = m.get(leaf);
            assertThat(List.of(c.codeCount(), c.fragmentCount(), c.interviewCount(), c.degree()))
                    .containsExactly(1, 1, 1, 1);
            assertThat(c.interviewCoverage()).isEqualTo(0.5);
            assertThat(c.weightedDegree()).isEqualTo(1.0);
            assertThat(c.pageRank()).isCloseTo(RANK_C, within(1e-6));
        }
        assertThat(metrics.categories().get(0).categoryId()).isEqualTo(star.a());
        assertThat(metrics.categories().stream()
                        .mapToDouble(CategoryMetrics::pageRank)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(metrics.coOccurrences()).hasSize(3);
        assertThat(metrics.coOccurrences().get(0)).isEqualTo(pair(star.a(), star.b(), 2));
        assertThat(metrics.coOccurrences()).contains(pair(star.a(), star.c(), 1), pair(star.a(), star.d(), 1));
    }

    @Test
    void syncingTheSameBatchAgainChangesNothing() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());
        NetworkMetrics once = graph.metrics(star.project());

        graph.sync(star.batch());
        graph.sync(star.batch());

        assertThat(graph.metrics(star.project())).isEqualTo(once);
    }

    @Test
    void metricsDoNotDependOnTheOrderOrSplittingOfBatches() {
        GraphBatch whole = GraphFixtures.random(42, 3, 20, 6, 15);
        graph.sync(whole);
        NetworkMetrics expected = graph.metrics(whole.projectId());
        graph.deleteProject(whole.projectId());

        Random random = new Random(1);
        GraphBatch shuffled = new GraphBatch(
                whole.projectId(),
                shuffle(whole.interviews(), random),
                shuffle(whole.fragments(), random),
                shuffle(whole.categories(), random),
                shuffle(whole.codes(), random),
                shuffle(whole.fragmentCodes(), random));
        int half = shuffled.fragmentCodes().size() / 2;
        graph.sync(new GraphBatch(whole.projectId(), shuffled.interviews(), null, null, null, null));
        graph.sync(new GraphBatch(
                whole.projectId(),
                null,
                shuffled.fragments(),
                shuffled.categories(),
                shuffled.codes(),
                shuffled.fragmentCodes().subList(0, half)));
        graph.sync(new GraphBatch(
                whole.projectId(),
                null,
                null,
                null,
                null,
                shuffled.fragmentCodes().subList(half, shuffled.fragmentCodes().size())));

        assertThat(graph.metrics(whole.projectId())).isEqualTo(expected);
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    @Test
    void aSyncedCodeLinksToExactlyItsNewCategory() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        graph.sync(new GraphBatch(
                star.project(), null, null, null, List.of(new Code(star.codeD(), "d1", star.c())), null));

        Map<UUID, CategoryMetrics> m = byId(graph.metrics(star.project()));
        assertThat(m.get(star.d()).codeCount()).isZero();
        assertThat(m.get(star.d()).fragmentCount()).isZero();
        assertThat(m.get(star.c()).codeCount()).isEqualTo(2);
        assertThat(m.get(star.c()).fragmentCount()).isEqualTo(2);
        assertThat(m.get(star.a()).weightedDegree()).isEqualTo(4.0);
        assertThat(m.get(star.a()).degree()).isEqualTo(2);
    }

    @Test
    void aSyncedFragmentCodingReplacesTheFragmentsCodes() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        graph.sync(new GraphBatch(
                star.project(),
                null,
                null,
                null,
                null,
                List.of(new FragmentCodes(star.fragments().get(0), Set.of(star.codeC())))));

        NetworkMetrics metrics = graph.metrics(star.project());
        assertThat(metrics.coOccurrences())
                .containsExactlyInAnyOrder(
                        pair(star.a(), star.b(), 1), pair(star.a(), star.c(), 1), pair(star.a(), star.d(), 1));
        assertThat(byId(metrics).get(star.c()).fragmentCount()).isEqualTo(2);
    }

    @Test
    void deletingAnInterviewRemovesItsFragmentsAndTheirLinks() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        graph.deleteInterview(star.project(), star.interview2());

        NetworkMetrics metrics = graph.metrics(star.project());
        assertThat(metrics.counts()).isEqualTo(new Counts(4, 6, 3, 1));
        assertThat(metrics.coOccurrences())
                .containsExactlyInAnyOrder(pair(star.a(), star.b(), 2), pair(star.a(), star.c(), 1));
        assertThat(byId(metrics).get(star.d()).fragmentCount()).isZero();
        assertThat(byId(metrics).get(star.a()).interviewCoverage()).isEqualTo(1.0);
    }

    @Test
    void deletingCodesAndCategoriesKeepsTheRest() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        graph.deleteCodes(star.project(), List.of(star.codeB()));
        graph.deleteCategories(star.project(), List.of(star.c()));

        NetworkMetrics metrics = graph.metrics(star.project());
        assertThat(metrics.counts()).isEqualTo(new Counts(3, 5, 6, 2));
        assertThat(metrics.coOccurrences()).containsExactly(pair(star.a(), star.d(), 1));
        assertThat(byId(metrics).get(star.b()).fragmentCount()).isZero();
    }

    @Test
    void deletingAProjectLeavesOtherProjectsAlone() {
        GraphFixtures.Star gone = GraphFixtures.star();
        GraphFixtures.Star kept = GraphFixtures.star();
        graph.sync(gone.batch());
        graph.sync(kept.batch());
        NetworkMetrics before = graph.metrics(kept.project());

        graph.deleteProject(gone.project());

        assertThat(graph.metrics(gone.project())).isEqualTo(NetworkMetrics.empty(gone.project()));
        assertThat(graph.metrics(kept.project())).isEqualTo(before);
    }

    @Test
    void ignoresLinksToUnknownNodesAndFragmentsOfUnknownInterviews() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());
        UUID strayFragment = UUID.randomUUID();

        graph.sync(new GraphBatch(
                star.project(),
                null,
                List.of(new GraphBatch.Fragment(strayFragment, UUID.randomUUID())),
                null,
                List.of(new Code(UUID.randomUUID(), "orphan", UUID.randomUUID())),
                List.of(
                        new FragmentCodes(strayFragment, Set.of(star.codeA1())),
                        new FragmentCodes(star.fragments().get(4), Set.of(star.codeB(), UUID.randomUUID())))));

        NetworkMetrics metrics = graph.metrics(star.project());
        assertThat(metrics.counts()).isEqualTo(new Counts(4, 7, 6, 2));
        assertThat(byId(metrics).get(star.b()).fragmentCount()).isEqualTo(3);
    }

    @Test
    void anUnknownProjectHasEmptyMetrics() {
        UUID unknown = UUID.randomUUID();
        assertThat(graph.metrics(unknown)).isEqualTo(NetworkMetrics.empty(unknown));
        graph.deleteInterview(unknown, UUID.randomUUID());
        graph.deleteCodes(unknown, List.of());
        graph.ping();
    }

    private static CoOccurrence pair(UUID x, UUID y, int shared) {
        return x.compareTo(y) < 0 ? new CoOccurrence(x, y, shared) : new CoOccurrence(y, x, shared);
    }

    @Test
    void theGenerationStaysTheSameWhileTheGraphKeepsItsContents() {
        GraphFixtures.Star star = GraphFixtures.star();
        String before = graph.generation();
        graph.sync(star.batch());
        graph.deleteProject(star.project());

        assertThat(graph.generation()).isNotBlank().isEqualTo(before);
    }
}
