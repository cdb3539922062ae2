package com.theogen.evidence.internal.inprocess;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.NetworkMetrics;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The embedded graph: each project's nodes and links held in memory, metrics computed with JGraphT. It is a
 * derived copy of PostgreSQL data, not a store of its own: it starts empty and is filled by sync (the
 * pipeline's {@code graph_sync} stage re-syncs a project before computing its metrics), so there is nothing
 * to migrate or back up. Never unavailable.
 */
public class InProcessEvidenceGraph implements EvidenceGraph {

    public static final String NAME = "inprocess";

    private final Map<UUID, ProjectGraph> projects = new ConcurrentHashMap<>();
    private final String generation = NAME + ":" + UUID.randomUUID();

    @Override
    public String name() {
        return NAME;
    }

    /** New for every instance: the graph starts empty in each process. */
    @Override
    public String generation() {
        return generation;
    }

    @Override
    public void sync(GraphBatch batch) {
        ProjectGraph graph = projects.computeIfAbsent(batch.projectId(), ProjectGraph::new);
        synchronized (graph) {
            graph.apply(batch);
        }
    }

    @Override
    public void deleteCodes(UUID projectId, Collection<UUID> codeIds) {
        withProject(projectId, graph -> graph.deleteCodes(codeIds));
    }

    @Override
    public void deleteCategories(UUID projectId, Collection<UUID> categoryIds) {
        withProject(projectId, graph -> graph.deleteCategories(categoryIds));
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) {
        withProject(projectId, graph -> graph.deleteInterview(interviewId));
    }

    @Override
    public void deleteProject(UUID projectId) {
        projects.remove(projectId);
    }

    @Override
    public NetworkMetrics metrics(UUID projectId) {
        ProjectGraph graph = projects.get(projectId);
        if (graph == null) {
            return NetworkMetrics.empty(projectId);
        }
        synchronized (graph) {
            return graph.metrics();
        }
    }

    @Override
    public void ping() {
        // in memory: always available
    }

    private void withProject(UUID projectId, Consumer<ProjectGraph> change) {
        ProjectGraph graph = projects.get(projectId);
        if (graph != null) {
            synchronized (graph) {
                change.accept(graph);
            }
        }
    }
}
