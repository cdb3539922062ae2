package com.theogen.evidence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Fragment vectors with their payload, searchable by similarity within one project. Adapters: Lucene on disk
 * (embedded default; semantic HNSW plus language-aware BM25, fused by reciprocal rank) and Qdrant (one
 * collection per deployment, semantic only).
 *
 * <p>Contract shared by every adapter (one contract test suite runs against each):
 *
 * <ul>
 *   <li>Arguments are never {@code null}; empty collections are a no-op.
 *   <li>Writes are idempotent and keyed by fragment id: upserting a fragment again replaces it; deleting what
 *       is absent succeeds. A write is visible to searches when the call returns.
 *   <li>Projects are isolated: a search only ever returns fragments of its own project.
 *   <li>A remote adapter bounds every call by its configured timeout. An unreachable or failing store is
 *       reported as {@link EvidenceSourceException} with {@link #name()} as source; nothing blocks beyond the
 *       timeout. A missing collection or schema is created on first use, not only at start.
 * </ul>
 */
public interface VectorIndex {

    /** Source name used in health and {@code missing_sources} ({@code lucene}, {@code qdrant}). */
    String name();

    /**
     * Identifies the store's current contents: it changes whenever the store may have lost what was written to it
     * (an index recreated empty, a collection dropped), so a caller that remembers what it pushed knows when to
     * push everything again. Never null. By default {@link #name()}: a store that cannot tell.
     */
    default String generation() {
        return name();
    }

    /** Dimension of the stored vectors; every vector passed in must have this length. */
    int dimension();

    /** Inserts or replaces fragments (with their vectors), in batches. */
    void upsert(List<EmbeddedFragment> fragments);

    /**
     * Like {@link #upsert}, but the write need be neither visible nor durable until the next {@link #flush()}: for
     * a bulk load (an interview, a resync) that writes many batches and makes them searchable once at the end.
     * Idempotent like {@code upsert}. By default the same as {@code upsert}.
     */
    default void stage(List<EmbeddedFragment> fragments) {
        upsert(fragments);
    }

    /** Makes every staged write durable and visible to searches. By default there is nothing to do. */
    default void flush() {}

    /**
     * Replaces the codes and categories of fragments already indexed, without re-embedding them. Codings of
     * fragments that are not in the index are ignored.
     */
    void updateCoding(UUID projectId, List<FragmentCoding> codings);

    /** Removes the given fragments of a project. */
    void deleteFragments(UUID projectId, Collection<UUID> fragmentIds);

    /** Removes every fragment of an interview. */
    void deleteInterview(UUID projectId, UUID interviewId);

    /** Removes every fragment of a project. */
    void deleteProject(UUID projectId);

    /**
     * The best {@code query.topK()} fragments of the project matching the filters, best first.
     *
     * @param queryVector the embedding of {@code query.text()}, of length {@link #dimension()}
     */
    List<ScoredFragment> search(SearchQuery query, float[] queryVector);

    /** How many fragments of the project are indexed. */
    long count(UUID projectId);

    /**
     * Checks that the store answers within the timeout.
     *
     * @throws EvidenceSourceException when it does not
     */
    void ping();
}
