package com.theogen.evidence.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.theogen.evidence.CodingSource;
import com.theogen.evidence.Embedder;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.llm.LlmEmbedder;
import com.theogen.evidence.internal.lucene.LuceneVectorIndex;
import com.theogen.evidence.internal.neo4j.Neo4jEvidenceGraph;
import com.theogen.evidence.internal.onnx.OnnxEmbedder;
import com.theogen.evidence.internal.qdrant.QdrantVectorIndex;
import com.theogen.evidence.internal.sync.CodingSync;
import com.theogen.evidence.internal.sync.CodingSyncStore;
import com.theogen.evidence.internal.sync.InProcessGraphLoader;
import com.theogen.evidence.internal.sync.ProjectReader;
import com.theogen.evidence.internal.sync.ResyncJobHandler;
import com.theogen.evidence.internal.sync.SyncListener;
import com.theogen.evidence.internal.sync.SyncReconciler;
import com.theogen.evidence.internal.sync.SyncStore;
import com.theogen.evidence.internal.sync.SyncWorker;
import com.theogen.interview.InterviewFragments;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.ProviderKind;
import com.theogen.project.Projects;
import com.theogen.shared.StorageProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Picks the evidence adapters from {@code theogen.evidence.vector-backend}, {@code graph-backend} and {@code
 * embedder}, and wires the sync of interviews into them (listener, worker, reconciler, resync job). The
 * defaults (Lucene under {@code <data-dir>/index/lucene}, in-process graph, bundled ONNX model) need no
 * external service.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    private static final String VECTOR_BACKEND = "theogen.evidence.vector-backend";
    private static final String GRAPH_BACKEND = "theogen.evidence.graph-backend";
    private static final String EMBEDDER = "theogen.evidence.embedder";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = EMBEDDER, havingValue = "onnx", matchIfMissing = true)
    OnnxEmbedder onnxEmbedder(EvidenceProperties properties) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new OnnxEmbedder(properties.embeddingBatchSize(), threads, properties.warmupWait());
    }

    @Bean
    @ConditionalOnProperty(name = EMBEDDER, havingValue = "llm")
    LlmEmbedder llmEmbedder(LlmClient llm, LlmProperties llmProperties, EvidenceProperties properties) {
        if (llmProperties.provider() == ProviderKind.OFFLINE) {
            throw new IllegalStateException(
                    "theogen.evidence.embedder=llm needs a remote provider: set theogen.llm.provider to azure or "
                            + "openai (it is offline), or use theogen.evidence.embedder=onnx");
        }
        LlmProperties.EmbeddingModel model = llmProperties.models().embedding();
        return new LlmEmbedder(
                llm, model.name(), model.dimensions(), properties.embeddingDeadline(), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = VECTOR_BACKEND, havingValue = "lucene", matchIfMissing = true)
    LuceneVectorIndex luceneVectorIndex(StorageProperties storage, Embedder embedder) throws IOException {
        if (embedder.dimension() > LuceneVectorIndex.MAX_DIMENSION) {
            throw new IllegalStateException("the embedding model " + embedder.modelId() + " gives "
                    + embedder.dimension() + " dimensions; the Lucene index holds at most "
                    + LuceneVectorIndex.MAX_DIMENSION + ": set theogen.llm.models.embedding.dimensions (for example "
                    + "1024 or 512 for text-embedding-3 models) or use theogen.evidence.vector-backend=qdrant");
        }
        Path path = storage.ephemeral()
                ? Files.createTempDirectory("theogen-lucene")
                : storage.dataDir().resolve("index").resolve("lucene");
        return new LuceneVectorIndex(path, embedder.dimension(), embedder.modelId(), storage.ephemeral());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = VECTOR_BACKEND, havingValue = "qdrant")
    QdrantVectorIndex qdrantVectorIndex(EvidenceProperties properties, Embedder embedder) {
        QdrantVectorIndex qdrant = QdrantVectorIndex.connect(properties.qdrant(), embedder.dimension());
        qdrant.initialise();
        return qdrant;
    }

    @Bean
    @ConditionalOnProperty(name = GRAPH_BACKEND, havingValue = "inprocess", matchIfMissing = true)
    InProcessEvidenceGraph inProcessEvidenceGraph() {
        return new InProcessEvidenceGraph();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = GRAPH_BACKEND, havingValue = "neo4j")
    Neo4jEvidenceGraph neo4jEvidenceGraph(EvidenceProperties properties) {
        Neo4jEvidenceGraph graph = Neo4jEvidenceGraph.connect(properties.neo4j());
        graph.initialise();
        return graph;
    }

    @Bean
    ProjectReader evidenceProjectReader(InterviewFragments interviews, ObjectProvider<CodingSource> coding) {
        return new ProjectReader(interviews, coding);
    }

    /** The in-process graph is empty after a restart: each project is loaded on its first read (ADR 010). */
    @Bean
    GraphWarmup graphWarmup(EvidenceGraph graph, ProjectReader reader, EvidenceProperties properties) {
        return graph instanceof InProcessEvidenceGraph
                ? new InProcessGraphLoader(graph, reader, properties.graphCacheProjects())
                : GraphWarmup.NONE;
    }

    @Bean
    Evidence evidence(
            Embedder embedder,
            VectorIndex index,
            EvidenceGraph graph,
            EvidenceProperties properties,
            GraphWarmup warmup) {
        Retrier retrier = new Retrier(properties.syncAttempts(), Duration.ofMillis(200));
        return new EvidenceService(embedder, index, graph, retrier, properties.embeddingBatchSize(), warmup);
    }

    @Bean
    SyncStore evidenceSyncStore(JdbcTemplate jdbc) {
        return new SyncStore(jdbc);
    }

    @Bean(destroyMethod = "close")
    SyncWorker evidenceSyncWorker(
            Evidence evidence, ProjectReader reader, SyncStore store, EvidenceProperties properties) {
        return new SyncWorker(evidence, reader, store, properties.sync());
    }

    @Bean
    CodingSyncStore evidenceCodingSyncStore(JdbcTemplate jdbc, Projects projects) {
        return new CodingSyncStore(jdbc, projects);
    }

    @Bean
    CodingSync evidenceCodingSync(CodingSyncStore store, CodingSource coding) {
        return new CodingSync(store, coding);
    }

    @Bean
    SyncListener evidenceSyncListener(
            SyncStore store, SyncWorker worker, CodingSyncStore codingStore, CodingSync coding) {
        return new SyncListener(store, worker, codingStore, coding);
    }

    @Bean
    SyncReconciler evidenceSyncReconciler(
            SyncStore store, SyncWorker worker, CodingSync coding, EvidenceProperties properties, VectorIndex index) {
        boolean recreated = index instanceof LuceneVectorIndex lucene && lucene.recreated();
        return new SyncReconciler(store, worker, coding, properties.sync(), recreated);
    }

    @Bean
    RecurringTask<Void> evidenceReconcilerTask(@Lazy SyncReconciler reconciler, EvidenceProperties properties) {
        return Tasks.recurring(
                        "theogen-evidence-reconciler",
                        FixedDelay.of(properties.sync().reconcileInterval()))
                .execute((instance, context) -> reconciler.reconcile());
    }

    @Bean
    ResyncJobHandler evidenceResyncJobHandler(
            Evidence evidence, ProjectReader reader, SyncStore store, GraphWarmup warmup) {
        return new ResyncJobHandler(evidence, reader, store, warmup);
    }

    /** Health component {@code vectorIndex}. */
    @Bean
    HealthIndicator vectorIndexHealthIndicator(VectorIndex index) {
        return new EvidenceSourceHealth(index.name(), index::ping);
    }

    /** Health component {@code search}: WARMING while the bundled model loads, then UP (remote embedders: UP). */
    @Bean
    HealthIndicator searchHealthIndicator(Embedder embedder) {
        return new SearchHealth(
                embedder instanceof OnnxEmbedder onnx ? onnx::state : () -> OnnxEmbedder.WarmState.READY);
    }

    /** Health component {@code evidenceGraph}. */
    @Bean
    HealthIndicator evidenceGraphHealthIndicator(EvidenceGraph graph) {
        return new EvidenceSourceHealth(graph.name(), graph::ping);
    }
}
