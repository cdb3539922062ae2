package com.theogen.evidence.internal.neo4j;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.NetworkMetrics.CoOccurrence;
import com.theogen.evidence.NetworkMetrics.Counts;
import com.theogen.evidence.internal.metrics.CategoryNetwork;
import com.theogen.evidence.internal.metrics.CategoryNetwork.CategoryStats;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The production graph: {@code Project, Interview, Fragment, Code, Category} nodes in Neo4j, written with
 * idempotent MERGE in UNWIND batches. Constraints and indexes are created at start and, if Neo4j was down
 * then, on first use. Metrics: Cypher extracts the per-category counts and the co-occurrence edge list, and
 * {@link CategoryNetwork} computes degree and PageRank in Java, the same code as the in-process graph (see ADR
 * 004 for why GDS is not used). Connection, pool acquisition and transaction time are bounded by {@code timeout};
 * the driver retries a transient failure (a deadlock, a leader switch, a refused connection) for at most {@link
 * #DRIVER_RETRY}, because a longer outage is the callers' to retry: every write goes through the evidence
 * {@code Retrier} ({@code sync-attempts}) and, after that, the reconciler. A driver that retried for the whole
 * {@code timeout} made every call against a stopped Neo4j wait that long or longer (30 s calls with a 20 s timeout
 * in the Qdrant+Neo4j run test) before it failed, and a job's evidence push several times that.
 */
public class Neo4jEvidenceGraph implements EvidenceGraph, AutoCloseable {

    public static final String NAME = "neo4j";

    /** The longest the driver itself retries one call's transient failures (less when {@code timeout} is less). */
    static final Duration DRIVER_RETRY = Duration.ofSeconds(1);

    private final Driver driver;
    private final TransactionConfig transactions;
    private final int batchSize;
    private volatile boolean schemaReady;

    public Neo4jEvidenceGraph(Driver driver, Duration timeout, int batchSize) {
        this.driver = driver;
        this.transactions = TransactionConfig.builder().withTimeout(timeout).build();
        this.batchSize = batchSize;
    }

    /** A driver for the configured server; it connects lazily, so this succeeds while Neo4j is down. */
    public static Neo4jEvidenceGraph connect(EvidenceProperties.Neo4j config) {
        String password = config.password() == null ? "" : config.password();
        Driver driver = GraphDatabase.driver(
                config.uri(), AuthTokens.basic(config.user(), password), driverConfig(config.timeout()));
        return new Neo4jEvidenceGraph(driver, config.timeout(), config.batchSize());
    }

    /** Connection and pool acquisition bounded by {@code timeout}; the driver's own retry by {@link #DRIVER_RETRY}. */
    static Config driverConfig(Duration timeout) {
        Duration retry = timeout.compareTo(DRIVER_RETRY) < 0 ? timeout : DRIVER_RETRY;
        return Config.builder()
                .withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(retry.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Creates constraints and indexes; failures are remembered and retried on first use. */
    public void initialise() {
        try {
            ensureSchema();
        } catch (EvidenceSourceException e) {
            // degraded start: the next call tries again
        }
    }

    @Override
    public String generation() {
        return NAME + ":"
                + write(tx ->
                        tx.run(Cypher.GENERATION).single().get("generation").asString());
    }

    @Override
    public void sync(GraphBatch batch) {
        String project = batch.projectId().toString();
        write(tx -> {
            tx.run(Cypher.MERGE_PROJECT, Map.of("project", project)).consume();
            unwind(
                    tx,
                    Cypher.MERGE_INTERVIEWS,
                    project,
                    batch.interviews(),
                    i -> row("id", i.id(), "label", i.label()));
            unwind(
                    tx,
                    Cypher.MERGE_FRAGMENTS,
                    project,
                    batch.fragments(),
                    f -> row("id", f.id(), "interview_id", f.interviewId()));
            unwind(tx, Cypher.MERGE_CATEGORIES, project, batch.categories(), c -> row("id", c.id(), "name", c.name()));
            unwind(
                    tx,
                    Cypher.MERGE_CODES,
                    project,
                    batch.codes(),
                    c -> row("id", c.id(), "label", c.label(), "category_id", c.categoryId()));
            unwind(
                    tx,
                    Cypher.REPLACE_FRAGMENT_CODES,
                    project,
                    batch.fragmentCodes(),
                    fc -> Map.of(
                            "fragment_id", fc.fragmentId().toString(),
                            "code_ids",
                                    fc.codeIds().stream()
                                            .map(UUID::toString)
                                            .sorted()
                                            .toList()));
            return null;
        });
    }

    private <T> void unwind(
            TransactionContext tx, String cypher, String project, List<T> items, Function<T, Map<String, Object>> row) {
        for (int start = 0; start < items.size(); start += batchSize) {
            List<Map<String, Object>> rows = items.subList(start, Math.min(items.size(), start + batchSize)).stream()
                    .map(row)
                    .toList();
            tx.run(cypher, Map.of("project", project, "rows", rows)).consume();
        }
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            row.put((String) keyValues[i], value instanceof UUID id ? id.toString() : value);
        }
        return row;
    }

    @Override
    public void deleteCodes(UUID projectId, Collection<UUID> codeIds) {
        deleteByIds(Cypher.DELETE_CODES, projectId, codeIds);
    }

    @Override
    public void deleteCategories(UUID projectId, Collection<UUID> categoryIds) {
        deleteByIds(Cypher.DELETE_CATEGORIES, projectId, categoryIds);
    }

    private void deleteByIds(String cypher, UUID projectId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> strings = ids.stream().map(UUID::toString).toList();
        write(tx -> tx.run(cypher, Map.of("project", projectId.toString(), "ids", strings))
                .consume());
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) {
        Map<String, Object> params = Map.of("project", projectId.toString(), "interview", interviewId.toString());
        write(tx -> tx.run(Cypher.DELETE_INTERVIEW, params).consume());
    }

    @Override
    public void deleteProject(UUID projectId) {
        Map<String, Object> params = Map.of("project", projectId.toString());
        write(tx -> {
            Cypher.DELETE_PROJECT.forEach(statement -> tx.run(statement, params).consume());
            return null;
        });
    }

    @Override
    public NetworkMetrics metrics(UUID projectId) {
        Map<String, Object> params = Map.of("project", projectId.toString());
        return read(tx -> {
            Record c = tx.run(Cypher.COUNTS, params).single();
            Counts counts = new Counts(
                    c.get("categories").asInt(),
                    c.get("codes").asInt(),
                    c.get("fragments").asInt(),
                    c.get("interviews").asInt());
            List<CategoryStats> stats = tx.run(Cypher.CATEGORY_STATS, params)
                    .list(r -> new CategoryStats(
                            UUID.fromString(r.get("id").asString()),
                            r.get("name").asString(null),
                            r.get("codes").asInt(),
                            r.get("fragments").asInt(),
                            r.get("interviews").asInt()));
            List<CoOccurrence> pairs = tx.run(Cypher.CO_OCCURRENCE, params)
                    .list(r -> new CoOccurrence(
                            UUID.fromString(r.get("a").asString()),
                            UUID.fromString(r.get("b").asString()),
                            r.get("shared").asInt()));
            return CategoryNetwork.compute(projectId, counts, stats, pairs);
        });
    }

    @Override
    public void ping() {
        call(() -> {
            driver.verifyConnectivity();
            return null;
        });
    }

    @Override
    public void close() {
        driver.close();
    }

    private synchronized void ensureSchema() {
        if (schemaReady) {
            return;
        }
        call(() -> {
            try (Session session = driver.session()) {
                Cypher.SCHEMA.forEach(
                        statement -> session.run(statement, transactions).consume());
            }
            return null;
        });
        schemaReady = true;
    }

    private <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
        ensureSchema();
        return call(() -> {
            try (Session session = driver.session()) {
                return session.executeWrite(work, transactions);
            }
        });
    }

    private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
        ensureSchema();
        return call(() -> {
            try (Session session = driver.session()) {
                return session.executeRead(work, transactions);
            }
        });
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            throw EvidenceSourceException.unavailable(NAME, "Neo4j is unavailable: " + e.getMessage(), e);
        } catch (Neo4jException e) {
            if (e.code() != null && e.code().contains("TimedOut")) {
                throw EvidenceSourceException.unavailable(NAME, "Neo4j timed out: " + e.code(), e);
            }
            throw EvidenceSourceException.failed(NAME, "Neo4j rejected the request: " + e.code(), e);
        }
    }
}
