package com.theogen.evidence.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.GraphFixtures;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.TestEmbedders;
import com.theogen.evidence.internal.EvidenceService;
import com.theogen.evidence.internal.Retrier;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.lucene.LuceneVectorIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process graph is memory only: after a restart each project is rebuilt from PostgreSQL on first read. */
class InProcessGraphRestartTest {

    @TempDir
    Path dir;

    GraphFixtures.Star star = GraphFixtures.star();
    StubPostgres postgres = new StubPostgres(star.batch());
    LuceneVectorIndex index;

    @BeforeEach
    void openIndex() {
        index = new LuceneVectorIndex(dir.resolve("lucene"), 8, "blind");
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    EvidenceService freshProcess(InProcessEvidenceGraph graph, InProcessGraphLoader loader) {
        return new EvidenceService(TestEmbedders.blind(8, 1), index, graph, new Retrier(1, Duration.ZERO), 16, loader);
    }

    @Test
    void aRestartedProcessComputesTheSameMetricsAfterLoadingTheProjectOnce() {
        InProcessEvidenceGraph before = new InProcessEvidenceGraph();
        before.sync(star.batch());
        NetworkMetrics expected = before.metrics(star.project());

        InProcessEvidenceGraph restarted = new InProcessEvidenceGraph();
        InProcessGraphLoader loader = new InProcessGraphLoader(restarted, postgres.reader());
        EvidenceService evidence = freshProcess(restarted, loader);
        assertThat(restarted.metrics(star.project()).counts().fragments()).isZero();

        EvidenceResult<NetworkMetrics> first = evidence.metrics(star.project());
        EvidenceResult<NetworkMetrics> second = evidence.metrics(star.project());

        assertThat(first.degraded()).isFalse();
        assertThat(first.result()).isEqualTo(expected);
        assertThat(second.result()).isEqualTo(expected);
        assertThat(postgres.projectReads).hasValue(1);
        assertThat(loader.isLoaded(star.project())).isTrue();
    }

    @Test
    void writesBeforeTheFirstReadAreMergedWithTheLoadedProject() {
        InProcessEvidenceGraph restarted = new InProcessEvidenceGraph();
        InProcessGraphLoader loader = new InProcessGraphLoader(restarted, postgres.reader());
        EvidenceService evidence = freshProcess(restarted, loader);
        // an interview ingested after the restart, before anyone read the graph
        evidence.syncGraph(new GraphBatch(
                star.project(),
                List.of(new GraphBatch.Interview(star.interview1(), "Ana")),
                List.of(new GraphBatch.Fragment(star.fragments().get(0), star.interview1())),
                null,
                null,
                null));

        NetworkMetrics metrics = evidence.metrics(star.project()).result();

        assertThat(metrics.counts()).isEqualTo(new NetworkMetrics.Counts(4, 6, 6, 2));
    }

    @Test
    void aResyncCountsAsLoadedAndADeletedProjectIsLoadedAfresh() {
        InProcessEvidenceGraph restarted = new InProcessEvidenceGraph();
        InProcessGraphLoader loader = new InProcessGraphLoader(restarted, postgres.reader());
        EvidenceService evidence = freshProcess(restarted, loader);
        ProjectSnapshot snapshot = postgres.reader().snapshot(star.project());
        int readsForSnapshot = postgres.projectReads.get();

        evidence.resync(snapshot);
        evidence.metrics(star.project());

        assertThat(postgres.projectReads).hasValue(readsForSnapshot);

        evidence.deleteProject(star.project());
        postgres.replace(new GraphBatch(star.project(), null, null, null, null, null));
        assertThat(evidence.metrics(star.project()).result().counts()).isEqualTo(new NetworkMetrics.Counts(0, 0, 0, 0));
        assertThat(postgres.projectReads).hasValue(readsForSnapshot + 1);
    }

    @Test
    void keepsAtMostTheConfiguredProjectsAndReloadsADroppedOneOnItsNextRead() {
        InProcessEvidenceGraph graph = new InProcessEvidenceGraph();
        InProcessGraphLoader loader = new InProcessGraphLoader(graph, postgres.reader(), 1);
        EvidenceService evidence = freshProcess(graph, loader);
        NetworkMetrics expected = evidence.metrics(star.project()).result();
        UUID other = UUID.randomUUID();

        evidence.metrics(other);

        assertThat(loader.isLoaded(star.project())).isFalse();
        assertThat(loader.isLoaded(other)).isTrue();
        assertThat(graph.metrics(star.project()).counts()).isEqualTo(new NetworkMetrics.Counts(0, 0, 0, 0));
        int reads = postgres.projectReads.get();

        assertThat(evidence.metrics(star.project()).result()).isEqualTo(expected);
        assertThat(postgres.projectReads).hasValue(reads + 1);
        assertThat(loader.isLoaded(other)).isFalse();
    }

    @Test
    void anUnknownProjectHasEmptyMetrics() {
        InProcessEvidenceGraph restarted = new InProcessEvidenceGraph();
        EvidenceService evidence = freshProcess(restarted, new InProcessGraphLoader(restarted, postgres.reader()));

        UUID unknown = UUID.randomUUID();
        assertThat(evidence.metrics(unknown).result()).isEqualTo(NetworkMetrics.empty(unknown));
    }
}
