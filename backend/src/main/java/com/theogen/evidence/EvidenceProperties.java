package com.theogen.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence stores ({@code theogen.evidence.*}). The defaults need no external service: Lucene under the data
 * directory and the in-process graph.
 *
 * @param vectorBackend {@code lucene} (default) or {@code qdrant}
 * @param graphBackend {@code inprocess} (default) or {@code neo4j}
 * @param embedder {@code onnx} (default: the bundled model) or {@code llm} (the embedding model configured
 *     under {@code theogen.llm.*}; its dimension is {@code theogen.llm.models.embedding.dimensions} when set,
 *     else probed once at start)
 * @param embeddingBatchSize texts embedded per model call
 * @param embeddingDeadline longest one remote embedding call (all its batches and retries) may take
 * @param syncAttempts attempts of an evidence write before it fails (retriable failures only)
 * @param warmupWait how long a search or an indexing call waits for the embedding model after a start before it is
 *     refused as retriable (503, ADR 041)
 * @param graphCacheProjects projects whose in-process graph stays in memory; the least recently read beyond it is
 *     dropped and reloaded on its next read (ADR 041)
 * @param sync how ingested and deleted interviews reach the evidence stores
 */
@Validated
@ConfigurationProperties("theogen.evidence")
public record EvidenceProperties(
        @NotNull VectorBackend vectorBackend,
        @NotNull GraphBackend graphBackend,
        @NotNull EmbedderKind embedder,
        @Min(1) @Max(1024) int embeddingBatchSize,
        @NotNull Duration embeddingDeadline,
        @Min(1) @Max(10) int syncAttempts,
        @NotNull Duration warmupWait,
        @Min(1) int graphCacheProjects,
        @Valid @NotNull Sync sync,
        @Valid @NotNull Qdrant qdrant,
        @Valid @NotNull Neo4j neo4j) {

    public enum EmbedderKind {
        ONNX,
        LLM
    }

    /**
     * @param threads workers that embed and index ingested interviews in the background
     * @param queueCapacity interviews waiting for a worker; beyond it they wait for the reconciler
     * @param reconcileInterval how often interviews whose indexing or removal did not finish are retried
     * @param retryAfter a pending or failed interview is retried when it has not changed for this long
     *     (multiplied by its attempts so far)
     * @param staleAfter an interview still being indexed after this long is assumed lost (worker died)
     * @param maxAttempts attempts before an interview stays {@code failed} (a resync indexes it again)
     */
    public record Sync(
            @Min(1) @Max(16) int threads,
            @Min(1) int queueCapacity,
            @NotNull Duration reconcileInterval,
            @NotNull Duration retryAfter,
            @NotNull Duration staleAfter,
            @Min(1) @Max(100) int maxAttempts) {}

    public enum VectorBackend {
        LUCENE,
        QDRANT
    }

    public enum GraphBackend {
        INPROCESS,
        NEO4J
    }

    /**
     * @param apiKey sent as {@code api-key}; blank for none; never printed
     * @param collection the one collection of this deployment
     * @param timeout deadline of every call
     * @param upsertBatchSize points per upsert request
     */
    public record Qdrant(
            @NotBlank String host,
            @Min(1) @Max(65535) int port,
            boolean useTls,
            String apiKey,
            @NotBlank String collection,
            @NotNull Duration timeout,
            @Min(1) int upsertBatchSize) {

        @Override
        public String toString() {
            return "Qdrant[host=" + host + ", port=" + port + ", useTls=" + useTls + ", apiKey="
                    + (apiKey == null || apiKey.isBlank() ? "<none>" : "<redacted>") + ", collection=" + collection
                    + ", timeout=" + timeout + ", upsertBatchSize=" + upsertBatchSize + "]";
        }
    }

    /**
     * @param password never printed
     * @param timeout connection, acquisition and transaction timeout of every call
     * @param batchSize rows per UNWIND batch
     */
    public record Neo4j(
            @NotBlank String uri,
            @NotBlank String user,
            String password,
            @NotNull Duration timeout,
            @Min(1) int batchSize) {

        @Override
        public String toString() {
            return "Neo4j[uri=" + uri + ", user=" + user + ", password="
                    + (password == null || password.isBlank() ? "<none>" : "<redacted>") + ", timeout=" + timeout
                    + ", batchSize=" + batchSize + "]";
        }
    }
}
