package com.theogen.evidence.internal.sync;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.internal.GraphWarmup;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lazy rebuild of the in-process graph, which starts empty after every restart: the first read of a project's
 * graph in this process loads the project from PostgreSQL (interviews, fragments, coding) and syncs it. Writes
 * made before that (an ingest, a coding change) are merged again by the load, which is idempotent.
 */
public class InProcessGraphLoader implements GraphWarmup {

    private static final Logger log = LoggerFactory.getLogger(InProcessGraphLoader.class);

    private final EvidenceGraph graph;
    private final ProjectReader reader;
    private final Set<UUID> loaded = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<UUID, Object> locks = new ConcurrentHashMap<>();

    public InProcessGraphLoader(EvidenceGraph graph, ProjectReader reader) {
        this.graph = graph;
        this.reader = reader;
    }

    @Override
    public void beforeRead(UUID projectId) {
        if (loaded.contains(projectId)) {
            return;
        }
        synchronized (locks.computeIfAbsent(projectId, id -> new Object())) {
            if (loaded.contains(projectId)) {
                return;
            }
            var batch = reader.graph(projectId);
            graph.sync(batch);
            loaded.add(projectId);
            log.info(
                    "in-process graph loaded project_id={} interviews={} fragments={} codes={}",
                    projectId,
                    batch.interviews().size(),
                    batch.fragments().size(),
                    batch.codes().size());
        }
    }

    @Override
    public void rebuilt(UUID projectId) {
        loaded.add(projectId);
    }

    @Override
    public void forget(UUID projectId) {
        loaded.remove(projectId);
        locks.remove(projectId);
    }

    /** Whether this process has the project's graph (for tests and diagnostics). */
    public boolean isLoaded(UUID projectId) {
        return loaded.contains(projectId);
    }
}
