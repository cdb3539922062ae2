package com.theogen.evidence;

import java.util.Collection;
import java.util.UUID;

/**
 * The network of a project's interviews, fragments, codes and categories, and the metrics computed on it.
 * Adapters: in-process (embedded default; a derived in-memory graph that the pipeline re-syncs from
 * PostgreSQL before computing metrics) and Neo4j ({@code Project, Interview, Fragment, Code, Category} nodes).
 *
 * <p>Contract shared by every adapter (one contract test suite runs against each):
 *
 * <ul>
 *   <li>Arguments are never {@code null}; empty collections are a no-op.
 *   <li>{@link #sync} is idempotent (MERGE semantics) and its result does not depend on the order of nodes or
 *       links in the batch, nor on how a project's data is split across batches.
 *   <li>{@link #metrics} of the same data are identical in every adapter (see {@link NetworkMetrics}).
 *   <li>A remote adapter bounds every call by its configured timeout and reports an unreachable store as
 *       {@link EvidenceSourceException} with {@link #name()} as source. Constraints and indexes are created
 *       at start and again on first use if the store was down at start.
 * </ul>
 */
public interface EvidenceGraph {

    /** Source name used in health and {@code missing_sources} ({@code inprocess}, {@code neo4j}). */
    String name();

    /**
     * Identifies the graph's current contents: it changes whenever the graph may have lost what was written to it
     * (an in-memory graph after a restart, a wiped database), so a caller that remembers what it pushed knows when
     * to push everything again. Never null. By default {@link #name()}: a store that cannot tell.
     *
     * @throws EvidenceSourceException when a remote store does not answer
     */
    default String generation() {
        return name();
    }

    /** Creates or updates the nodes and links of {@code batch} (see {@link GraphBatch} for the semantics). */
    void sync(GraphBatch batch);

    /** Removes codes and their links (fragments stay). */
    void deleteCodes(UUID projectId, Collection<UUID> codeIds);

    /** Removes categories; their codes stay, now without category. */
    void deleteCategories(UUID projectId, Collection<UUID> categoryIds);

    /** Removes an interview with its fragments and their code links. */
    void deleteInterview(UUID projectId, UUID interviewId);

    /** Removes everything of a project. */
    void deleteProject(UUID projectId);

    /** Network metrics of a project; an unknown project has zero counts and no categories. */
    NetworkMetrics metrics(UUID projectId);

    /**
     * Checks that the store answers within the timeout.
     *
     * @throws EvidenceSourceException when it does not
     */
    void ping();
}
