package com.theogen.evidence.internal;

import java.util.UUID;

/**
 * Keeps a graph that does not survive a restart (the in-process one) filled: before a project's graph is read
 * it is loaded from PostgreSQL once per process. Stores that persist (Neo4j) need nothing: {@link #NONE}.
 */
public interface GraphWarmup {

    /** Loads the project's graph if this process has not loaded or rebuilt it yet. */
    void beforeRead(UUID projectId);

    /** The project's whole graph was just written (a resync): no load needed. */
    void rebuilt(UUID projectId);

    /** The project is gone: a later read loads it afresh. */
    void forget(UUID projectId);

    GraphWarmup NONE = new GraphWarmup() {
        @Override
        public void beforeRead(UUID projectId) {}

        @Override
        public void rebuilt(UUID projectId) {}

        @Override
        public void forget(UUID projectId) {}
    };
}
