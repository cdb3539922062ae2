package com.theogen.evidence.internal;

import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.EmbeddedFragment;
import com.theogen.evidence.Embedder;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.VectorIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes to both evidence stores with retries; reads degrade instead of failing when a store is down. */
public class EvidenceService implements Evidence {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    /** Index writes of bulk loads, overlapped with the embedding of the next batch (one thread: writes in order). */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evidence-index-write");
        thread.setDaemon(true);
        return thread;
    });

    private final Embedder embedder;
    private final VectorIndex index;
    private final EvidenceGraph graph;
    private final Retrier retrier;
    private final int embeddingBatchSize;
    private final GraphWarmup warmup;

    public EvidenceService(
            Embedder embedder, VectorIndex index, EvidenceGraph graph, Retrier retrier, int embeddingBatchSize) {
        this(embedder, index, graph, retrier, embeddingBatchSize, GraphWarmup.NONE);
    }

    public EvidenceService(
            Embedder embedder,
            VectorIndex index,
            EvidenceGraph graph,
            Retrier retrier,
            int embeddingBatchSize,
            GraphWarmup warmup) {
        this.embedder = embedder;
        this.index = index;
        this.graph = graph;
        this.retrier = retrier;
        this.embeddingBatchSize = embeddingBatchSize;
        this.warmup = warmup;
    }

    /**
     * Embeds batch by batch and writes each batch on the writer thread while the next one is embedded; at most one
     * batch waits to be written, so a large interview never holds every vector in memory. The index is committed
     * and refreshed once at the end (not per batch): everything is durable and searchable when this returns.
     */
    @Override
    public void index(List<IndexedFragment> fragments) {
        Future<?> writing = CompletableFuture.completedFuture(null);
        try {
            for (int start = 0; start < fragments.size(); start += embeddingBatchSize) {
                List<IndexedFragment> batch =
                        fragments.subList(start, Math.min(fragments.size(), start + embeddingBatchSize));
                List<float[]> vectors = embedder.embedAll(
                        batch.stream().map(IndexedFragment::text).toList());
                List<EmbeddedFragment> points = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    points.add(new EmbeddedFragment(batch.get(i), vectors.get(i)));
                }
                await(writing);
                writing = WRITER.submit(() -> retrier.run("index fragments", () -> index.stage(points)));
            }
            await(writing);
        } finally {
            settle(writing);
        }
        retrier.run("commit index", index::flush);
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** After a failure, lets a write still in flight end before the caller records the outcome. */
    private static void settle(Future<?> write) {
        try {
            write.get();
        } catch (ExecutionException | RuntimeException e) {
            // already reported, or superseded by the failure being thrown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void updateCoding(UUID projectId, List<FragmentCoding> codings) {
        retrier.run("update coding", () -> index.updateCoding(projectId, codings));
    }

    @Override
    public void syncGraph(GraphBatch batch) {
        retrier.run("sync graph", () -> graph.sync(batch));
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) {
        retrier.run("delete interview points", () -> index.deleteInterview(projectId, interviewId));
        retrier.run("delete interview nodes", () -> graph.deleteInterview(projectId, interviewId));
    }

    @Override
    public void deleteProject(UUID projectId) {
        retrier.run("delete project points", () -> index.deleteProject(projectId));
        retrier.run("delete project nodes", () -> graph.deleteProject(projectId));
        warmup.forget(projectId);
    }

    @Override
    public void resync(ProjectSnapshot snapshot) {
        deleteProject(snapshot.projectId());
        index(snapshot.fragments());
        syncGraph(snapshot.graph());
        warmup.rebuilt(snapshot.projectId());
        log.info(
                "evidence resync project_id={} fragments={} index={} graph={}",
                snapshot.projectId(),
                snapshot.fragments().size(),
                index.name(),
                graph.name());
    }

    @Override
    public EvidenceResult<List<ScoredFragment>> search(SearchQuery query) {
        try {
            float[] vector = embedder.embed(query.text());
            return EvidenceResult.complete(index.search(query, vector));
        } catch (EvidenceSourceException e) {
            return missing(List.of(), e);
        }
    }

    @Override
    public EvidenceResult<Map<UUID, List<ScoredFragment>>> categoryEvidence(
            UUID projectId, List<CategoryProbe> categories, int topK) {
        Map<UUID, List<ScoredFragment>> evidence = new LinkedHashMap<>();
        categories.forEach(c -> evidence.put(c.categoryId(), List.of()));
        List<float[]> vectors;
        try {
            vectors = embedder.embedAll(
                    categories.stream().map(CategoryProbe::probeText).toList());
        } catch (EvidenceSourceException e) {
            return missing(evidence, e); // a remote embedder is down
        }
        for (int i = 0; i < categories.size(); i++) {
            CategoryProbe probe = categories.get(i);
            SearchQuery query =
                    SearchQuery.of(projectId, probe.probeText(), topK).withCategory(probe.categoryId());
            try {
                evidence.put(probe.categoryId(), index.search(query, vectors.get(i)));
            } catch (EvidenceSourceException e) {
                // Stop at the first failure: the remaining searches would each wait for the same timeout.
                return missing(evidence, e);
            }
        }
        return EvidenceResult.complete(evidence);
    }

    @Override
    public EvidenceResult<NetworkMetrics> metrics(UUID projectId) {
        try {
            warmup.beforeRead(projectId);
            return EvidenceResult.complete(graph.metrics(projectId));
        } catch (EvidenceSourceException e) {
            return missing(NetworkMetrics.empty(projectId), e);
        }
    }

    @Override
    public Generations generations() {
        return new Generations(
                retrier.call("index generation", index::generation),
                retrier.call("graph generation", graph::generation));
    }

    private static <T> EvidenceResult<T> missing(T partial, EvidenceSourceException e) {
        log.warn("evidence degraded: source={} error_code={} {}", e.source(), e.errorCode(), e.getMessage());
        return EvidenceResult.degraded(partial, List.of(e.source()));
    }
}
