package com.theogen.evidence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other modules use of the evidence stores. Writes (indexing, sync, deletes) are idempotent, retried a
 * few times on retriable failures, and then fail with {@link EvidenceSourceException} so that the caller's
 * job can retry later. Reads never fail because a store is down: they return what the other sources give,
 * flagged {@code degraded} with the {@code missing_sources}.
 */
public interface Evidence {

    /**
     * Job kind that rebuilds one project's index and graph from PostgreSQL (the {@link #resync} steps, with
     * progress); submitted through {@code com.theogen.job.Jobs}.
     */
    String RESYNC_JOB = "evidence_resync";

    /**
     * Embeds and indexes fragments (on ingest, or again when their text changed); they are durable and searchable
     * when this returns. Meant for bulk loads: the index commits once per call, not once per embedding batch.
     */
    void index(List<IndexedFragment> fragments);

    /** Replaces the coding of indexed fragments (after coding changes), without re-embedding them. */
    void updateCoding(UUID projectId, List<FragmentCoding> codings);

    /** Writes nodes and links to the graph (see {@link GraphBatch}). */
    void syncGraph(GraphBatch batch);

    /** Removes an interview's points and nodes. */
    void deleteInterview(UUID projectId, UUID interviewId);

    /** Removes a project's points and nodes. */
    void deleteProject(UUID projectId);

    /** Rebuilds a project's index and graph from a snapshot of PostgreSQL: delete, then write everything. */
    void resync(ProjectSnapshot snapshot);

    /** Fragments matching the query, best first (empty and degraded when the index is unavailable). */
    EvidenceResult<List<ScoredFragment>> search(SearchQuery query);

    /**
     * Per-category evidence for the pipeline: for every probe, the best {@code topK} fragments coded with that
     * category, ranked by similarity to its name and definition. Every probe has an entry (possibly empty).
     */
    EvidenceResult<Map<UUID, List<ScoredFragment>>> categoryEvidence(
            UUID projectId, List<CategoryProbe> categories, int topK);

    /** Network metrics of a project (empty and degraded when the graph is unavailable). */
    EvidenceResult<NetworkMetrics> metrics(UUID projectId);

    /**
     * What each store holds now (see {@link VectorIndex#generation()} and {@link EvidenceGraph#generation()}): a
     * writer that remembers what it pushed must push everything to a store whose generation changed.
     *
     * @throws EvidenceSourceException when a store does not answer through its retries
     */
    Generations generations();

    /** The generation of each store; never null. */
    record Generations(String index, String graph) {

        public Generations {
            java.util.Objects.requireNonNull(index, "index");
            java.util.Objects.requireNonNull(graph, "graph");
        }
    }
}
