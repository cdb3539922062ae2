package com.theogen.evidence.internal;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.lucene.LuceneVectorIndex;
import com.theogen.evidence.internal.neo4j.Neo4jEvidenceGraph;
import com.theogen.evidence.internal.onnx.OnnxEmbedder;
import com.theogen.evidence.internal.qdrant.QdrantVectorIndex;
import com.theogen.shared.StorageProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the evidence adapters from {@code theogen.evidence.vector-backend} and {@code graph-backend}. The
 * defaults (Lucene under {@code <data-dir>/index/lucene}, in-process graph) need no external service.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    private static final String VECTOR_BACKEND = "theogen.evidence.vector-backend";
    private static final String GRAPH_BACKEND = "theogen.evidence.graph-backend";

    @Bean(destroyMethod = "close")
    OnnxEmbedder onnxEmbedder(EvidenceProperties properties) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new OnnxEmbedder(properties.embeddingBatchSize(), threads);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = VECTOR_BACKEND, havingValue = "lucene", matchIfMissing = true)
    LuceneVectorIndex luceneVectorIndex(StorageProperties storage, Embedder embedder) throws IOException {
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
    Evidence evidence(Embedder embedder, VectorIndex index, EvidenceGraph graph, EvidenceProperties properties) {
        Retrier retrier = new Retrier(properties.syncAttempts(), Duration.ofMillis(200));
        return new EvidenceService(embedder, index, graph, retrier, properties.embeddingBatchSize());
    }

    /** Health component {@code vectorIndex}. */
    @Bean
    HealthIndicator vectorIndexHealthIndicator(VectorIndex index) {
        return new EvidenceSourceHealth(index.name(), index::ping);
    }

    /** Health component {@code evidenceGraph}. */
    @Bean
    HealthIndicator evidenceGraphHealthIndicator(EvidenceGraph graph) {
        return new EvidenceSourceHealth(graph.name(), graph::ping);
    }
}
