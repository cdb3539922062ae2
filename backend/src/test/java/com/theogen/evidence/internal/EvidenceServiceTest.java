package com.theogen.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.GraphFixtures;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.TestEmbedders;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.lucene.LuceneVectorIndex;
import com.theogen.evidence.internal.neo4j.Neo4jEvidenceGraph;
import com.theogen.evidence.internal.qdrant.QdrantTestConfig;
import com.theogen.evidence.internal.qdrant.QdrantVectorIndex;
import com.theogen.shared.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over the embedded adapters, and its degraded answers when the vector index is unreachable. */
class EvidenceServiceTest {

    @TempDir
    Path dir;

    private final UUID project = UUID.randomUUID();
    private final UUID interview = UUID.randomUUID();
    private final UUID care = UUID.randomUUID();
    private final UUID transport = UUID.randomUUID();
    private LuceneVectorIndex lucene;
    private InProcessEvidenceGraph graph;
    private EvidenceService service;

    @BeforeEach
    void open() {
        lucene = new LuceneVectorIndex(dir, 384, "all-minilm-l6-v2-q");
        graph = new InProcessEvidenceGraph();
        service = new EvidenceService(TestEmbedders.onnx(), lucene, graph, new Retrier(2, Duration.ofMillis(1)), 3);
    }

    @AfterEach
    void close() throws Exception {
        lucene.close();
    }

    private IndexedFragment fragment(String text, UUID category) {
        List<UUID> categories = category == null ? List.of() : List.of(category);
        return new IndexedFragment(
                project, interview, UUID.randomUUID(), "P1", Language.EN, text, List.of(UUID.randomUUID()), categories);
    }

    @Test
    void categoryEvidenceRanksOnlyFragmentsCodedWithEachCategory() {
        IndexedFragment nursing = fragment("My daughter bathes and feeds her grandmother every day.", care);
        IndexedFragment respite = fragment("Nobody relieves me; I have cared for him alone for years.", care);
        IndexedFragment bus = fragment("The bus to the hospital takes three hours.", transport);
        IndexedFragment uncoded = fragment("Caring for an elderly relative at home is exhausting.", null);
        service.index(List.of(nursing, respite, bus, uncoded));

        EvidenceResult<Map<UUID, List<ScoredFragment>>> evidence = service.categoryEvidence(
                project,
                List.of(
                        new CategoryProbe(care, "Family caregiving", "Relatives caring for an elderly person at home"),
                        new CategoryProbe(transport, "Transport barriers", null),
                        new CategoryProbe(UUID.randomUUID(), "Unused category", "")),
                5);

        assertThat(evidence.degraded()).isFalse();
        assertThat(evidence.result()).hasSize(3);
        assertThat(evidence.result().get(care))
                .extracting(h -> h.fragment().fragmentId())
                .containsExactlyInAnyOrder(nursing.fragmentId(), respite.fragmentId());
        assertThat(evidence.result().get(transport))
                .extracting(h -> h.fragment().fragmentId())
                .containsExactly(bus.fragmentId());
    }

    @Test
    void indexesInBatchesAndUpdatesCodingWithoutReindexing() {
        List<IndexedFragment> fragments = List.of(
                fragment("one about rent", null),
                fragment("two about rent", null),
                fragment("three about rent", null),
                fragment("four about rent", null));
        service.index(fragments);
        service.updateCoding(
                project, List.of(new FragmentCoding(fragments.get(2).fragmentId(), List.of(), List.of(care))));

        assertThat(lucene.count(project)).isEqualTo(4);
        EvidenceResult<List<ScoredFragment>> hits =
                service.search(SearchQuery.of(project, "rent", 10).withCategory(care));
        assertThat(hits.result())
                .extracting(h -> h.fragment().fragmentId())
                .containsExactly(fragments.get(2).fragmentId());
    }

    @Test
    void resyncReplacesWhatTheStoresHeldForTheProject() {
        service.index(List.of(fragment("stale fragment", null)));
        GraphFixtures.Star star = GraphFixtures.star();
        IndexedFragment fresh = new IndexedFragment(
                star.project(),
                star.interview1(),
                star.fragments().get(0),
                "Ana",
                Language.ES,
                "fragmento nuevo",
                List.of(),
                List.of());
        service.index(List.of(new IndexedFragment(
                star.project(),
                star.interview1(),
                UUID.randomUUID(),
                "Ana",
                Language.ES,
                "viejo",
                List.of(),
                List.of())));

        service.resync(new ProjectSnapshot(star.project(), List.of(fresh), star.batch()));

        assertThat(lucene.count(star.project())).isEqualTo(1);
        assertThat(service.metrics(star.project()).result().counts().categories())
                .isEqualTo(4);
        service.deleteProject(star.project());
        assertThat(lucene.count(star.project())).isZero();
        assertThat(service.metrics(star.project()).result()).isEqualTo(NetworkMetrics.empty(star.project()));
        assertThat(lucene.count(project)).isEqualTo(1);
    }

    @Test
    void searchAndEvidenceDegradeWhenTheVectorIndexIsUnreachable() {
        try (QdrantVectorIndex unreachable = QdrantVectorIndex.connect(QdrantTestConfig.unreachable(), 384)) {
            EvidenceService degraded = new EvidenceService(
                    TestEmbedders.onnx(), unreachable, graph, new Retrier(2, Duration.ofMillis(1)), 8);
            GraphFixtures.Star star = GraphFixtures.star();
            degraded.syncGraph(star.batch());

            EvidenceResult<List<ScoredFragment>> search = degraded.search(SearchQuery.of(project, "anything", 5));
            EvidenceResult<Map<UUID, List<ScoredFragment>>> evidence =
                    degraded.categoryEvidence(project, List.of(new CategoryProbe(care, "Care", null)), 5);
            EvidenceResult<NetworkMetrics> metrics = degraded.metrics(star.project());

            assertThat(search.degraded()).isTrue();
            assertThat(search.missingSources()).containsExactly("qdrant");
            assertThat(search.result()).isEmpty();
            assertThat(evidence.degraded()).isTrue();
            assertThat(evidence.result()).containsOnlyKeys(care);
            assertThat(metrics.degraded()).isFalse();
            assertThat(metrics.result().counts().categories()).isEqualTo(4);
            assertThatThrownBy(() -> degraded.index(List.of(fragment("cannot be written", null))))
                    .isInstanceOfSatisfying(EvidenceSourceException.class, e -> assertThat(e.retriable())
                            .isTrue());
        }
    }

    @Test
    void metricsDegradeWhenTheGraphIsUnreachable() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EvidenceProperties.Neo4j config =
                new EvidenceProperties.Neo4j("bolt://127.0.0.1:" + port, "neo4j", "pw", Duration.ofMillis(500), 100);
        try (Neo4jEvidenceGraph unreachable = Neo4jEvidenceGraph.connect(config)) {
            EvidenceService degraded = new EvidenceService(
                    TestEmbedders.onnx(), lucene, unreachable, new Retrier(1, Duration.ofMillis(1)), 8);
            service.index(List.of(fragment("search still works", null)));

            EvidenceResult<NetworkMetrics> metrics = degraded.metrics(project);

            assertThat(metrics.degraded()).isTrue();
            assertThat(metrics.missingSources()).containsExactly("neo4j");
            assertThat(metrics.result()).isEqualTo(NetworkMetrics.empty(project));
            assertThat(degraded.search(SearchQuery.of(project, "search", 3)).degraded())
                    .isFalse();
        }
    }

    @Test
    void indexesAnInterviewWithOneCommitAndIsDurableWhenItReturns() throws Exception {
        CountingIndex counting = new CountingIndex(lucene);
        EvidenceService counted =
                new EvidenceService(TestEmbedders.onnx(), counting, graph, new Retrier(2, Duration.ofMillis(1)), 3);
        List<IndexedFragment> seven = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> fragment("Caring for my mother, day " + i + ", leaves me no time.", care))
                .toList();

        counted.index(seven);

        assertThat(counting.staged).isEqualTo(3); // batches of 3, 3 and 1
        assertThat(counting.upserts).isZero(); // no commit + refresh per batch
        assertThat(counting.flushes).isEqualTo(1);
        assertThat(lucene.count(project)).isEqualTo(7);
        lucene.close();
        lucene = new LuceneVectorIndex(dir, 384, "all-minilm-l6-v2-q");
        assertThat(lucene.count(project)).isEqualTo(7);
    }

    @Test
    void aFailedBatchWriteFailsTheIndexingAndCommitsNothingMore() {
        CountingIndex failing = new CountingIndex(lucene);
        failing.failOnStage = 2;
        EvidenceService counted =
                new EvidenceService(TestEmbedders.onnx(), failing, graph, new Retrier(1, Duration.ofMillis(1)), 2);
        List<IndexedFragment> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> fragment("The bus to the clinic, trip " + i + ", takes hours.", transport))
                .toList();

        assertThatThrownBy(() -> counted.index(six)).isInstanceOf(EvidenceSourceException.class);
        assertThat(failing.flushes).isZero();
    }

    /** Counts the bulk-load calls reaching the index; can fail the n-th staged batch. */
    static final class CountingIndex implements com.theogen.evidence.VectorIndex {
        final com.theogen.evidence.VectorIndex delegate;
        volatile int staged;
        volatile int upserts;
        volatile int flushes;
        int failOnStage;

        CountingIndex(com.theogen.evidence.VectorIndex delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public void upsert(List<com.theogen.evidence.EmbeddedFragment> fragments) {
            upserts++;
            delegate.upsert(fragments);
        }

        @Override
        public void stage(List<com.theogen.evidence.EmbeddedFragment> fragments) {
            staged++;
            if (staged == failOnStage) {
                throw EvidenceSourceException.failed(name(), "disk full", null);
            }
            delegate.stage(fragments);
        }

        @Override
        public void flush() {
            flushes++;
            delegate.flush();
        }

        @Override
        public void updateCoding(UUID projectId, List<FragmentCoding> codings) {
            delegate.updateCoding(projectId, codings);
        }

        @Override
        public void deleteFragments(UUID projectId, java.util.Collection<UUID> fragmentIds) {
            delegate.deleteFragments(projectId, fragmentIds);
        }

        @Override
        public void deleteInterview(UUID projectId, UUID interviewId) {
            delegate.deleteInterview(projectId, interviewId);
        }

        @Override
        public void deleteProject(UUID projectId) {
            delegate.deleteProject(projectId);
        }

        @Override
        public List<ScoredFragment> search(SearchQuery query, float[] queryVector) {
            return delegate.search(query, queryVector);
        }

        @Override
        public long count(UUID projectId) {
            return delegate.count(projectId);
        }

        @Override
        public void ping() {
            delegate.ping();
        }
    }
}
