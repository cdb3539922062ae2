package com.theogen.evidence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything of one project that the evidence stores hold, read from PostgreSQL (the system of record) to
 * rebuild them with {@link Evidence#resync}.
 *
 * @param fragments every fragment with its current coding
 * @param graph every interview, fragment, category, code and code application
 */
public record ProjectSnapshot(UUID projectId, List<IndexedFragment> fragments, GraphBatch graph) {

    public ProjectSnapshot {
        Objects.requireNonNull(projectId, "projectId");
        fragments = List.copyOf(fragments);
        Objects.requireNonNull(graph, "graph");
        if (!graph.projectId().equals(projectId)) {
            throw new IllegalArgumentException("graph batch belongs to another project");
        }
    }
}
