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
 * @param embeddingBatchSize texts embedded per model call
 * @param syncAttempts attempts of an evidence write before it fails (retriable failures only)
 */
@Validated
@ConfigurationProperties("theogen.evidence")
public record EvidenceProperties(
        @NotNull VectorBackend vectorBackend,
        @NotNull GraphBackend graphBackend,
        @Min(1) @Max(1024) int embeddingBatchSize,
        @Min(1) @Max(10) int syncAttempts,
        @Valid @NotNull Qdrant qdrant,
        @Valid @NotNull Neo4j neo4j) {

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
