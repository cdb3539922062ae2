package com.theogen.evidence.internal.sync;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.internal.GraphWarmup;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lazy rebuild of the in-process graph, which starts empty after every restart: the first read of a project's
 * graph in this process loads the project from PostgreSQL (interviews, fragments, coding) and syncs it. Writes
 * made before that (an ingest, a coding change) are merged again by the load, which is idempotent.
 *
 * <p>At most {@code maxProjects} projects stay in memory (ADR 041): loading one more drops the least recently read
 * one from the graph, and its next read loads it again.
 */
public class InProcessGraphLoader implements GraphWarmup {

    private static final Logger log = LoggerFactory.getLogger(InProcessGraphLoader.class);

    private final EvidenceGraph graph;
    private final ProjectReader reader;
    private final int maxProjects;
    /** Loaded projects, least recently read first. */
    private final Map<UUID, Boolean> loaded;

    private final ConcurrentHashMap<UUID, Object> locks = new ConcurrentHashMap<>();

    public InProcessGraphLoader(EvidenceGraph graph, ProjectReader reader) {
        this(graph, reader, 64);
    }

    public InProcessGraphLoader(EvidenceGraph graph, ProjectReader reader, int maxProjects) {
        if (maxProjects < 1) {
            throw new IllegalArgumentException("maxProjects must be positive");
        }
        this.graph = graph;
        this.reader = reader;
        this.maxProjects = maxProjects;
        this.loaded = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                if (size() <= InProcessGraphLoader.this.maxProjects) {
                    return false;
                }
                evict(eldest.getKey());
                return true;
            }
        });
    }

    private void evict(UUID projectId) {
        graph.deleteProject(projectId);
        locks.remove(projectId);
        log.debug("in-process graph dropped project_id={} (least recently read)", projectId);
    }

    @Override
    public void beforeRead(UUID projectId) {
        if (loaded.get(projectId) != null) {
            return;
        }
        synchronized (locks.computeIfAbsent(projectId, id -> new Object())) {
            if (loaded.get(projectId) != null) {
                return;
            }
            var batch = reader.graph(projectId);
            graph.sync(batch);
            loaded.put(projectId, Boolean.TRUE);
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
        loaded.put(projectId, Boolean.TRUE);
    }

    @Override
    public void forget(UUID projectId) {
        loaded.remove(projectId);
        locks.remove(projectId);
    }

    /** Whether this process has the project's graph (for tests and diagnostics). */
    public boolean isLoaded(UUID projectId) {
        return loaded.containsKey(projectId);
    }
}
