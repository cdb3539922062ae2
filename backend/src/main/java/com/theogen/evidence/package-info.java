/**
 * Evidence for the theory: fragment embeddings, the vector index (semantic + lexical search) and the graph of
 * projects, interviews, fragments, codes and categories with its network metrics.
 *
 * <p>External systems sit behind three ports, each with an embedded default and a production adapter that
 * share one contract test suite: {@link com.theogen.evidence.Embedder} (in-process ONNX),
 * {@link com.theogen.evidence.VectorIndex} (Lucene on disk, or Qdrant) and
 * {@link com.theogen.evidence.EvidenceGraph} (in-process, or Neo4j). PostgreSQL stays the system of record:
 * everything here can be rebuilt from it. Other modules use {@link com.theogen.evidence.Evidence}, which
 * reports {@code degraded}/{@code missing_sources} instead of failing when a remote store is down.
 *
 * <p>Sync (docs/adr/010): uploaded interviews are embedded and indexed after commit by a background worker,
 * deletions of interviews and projects reach the stores the same way, and the {@code evidence_sync} table lets a
 * reconciler finish whatever a crash or a down store interrupted. {@code GET /api/projects/{id}/search} and the
 * {@code evidence_resync} job ({@code POST /api/projects/{id}/evidence/resync}) are the HTTP surface.
 */
package com.theogen.evidence;
