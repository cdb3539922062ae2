package com.theogen.evidence.internal.sync;

import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.ProjectSnapshot;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings interviews into the evidence stores and takes them out again, in the background on a small bounded
 * pool, recording the outcome in {@link SyncStore}. Work on one interview is serialised (an index racing a
 * delete of the same interview cannot leave points behind). A task the pool cannot take is not lost: its row
 * stays {@code pending} or {@code deleting} and the reconciler submits it again.
 */
public class SyncWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
    private static final int LOCK_STRIPES = 64;

    private final Evidence evidence;
    private final ProjectReader reader;
    private final SyncStore store;
    private final ThreadPoolExecutor pool;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public SyncWorker(Evidence evidence, ProjectReader reader, SyncStore store, EvidenceProperties.Sync config) {
        this.evidence = evidence;
        this.reader = reader;
        this.store = store;
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                config.threads(),
                config.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.queueCapacity()),
                runnable -> {
                    Thread thread = new Thread(runnable, "theogen-evidence-sync-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    public void submitIndex(UUID projectId, UUID interviewId) {
        submit("index interview " + interviewId, () -> index(projectId, interviewId));
    }

    public void submitDeleteInterview(UUID projectId, UUID interviewId) {
        submit("delete interview " + interviewId, () -> deleteInterview(projectId, interviewId));
    }

    public void submitDeleteProject(UUID projectId) {
        submit("delete project " + projectId, () -> deleteProject(projectId));
    }

    /** Embeds and indexes one interview and writes its nodes; records indexed or failed. */
    void index(UUID projectId, UUID interviewId) {
        synchronized (lock(interviewId)) {
            if (!store.claim(interviewId)) {
                return; // already indexed, or deleted meanwhile
            }
            try {
                Optional<ProjectSnapshot> data = reader.interview(projectId, interviewId);
                if (data.isEmpty()) {
                    // gone without a delete event (e.g. removed by hand): make sure nothing of it stays
                    evidence.deleteInterview(projectId, interviewId);
                    store.forget(interviewId);
                    return;
                }
                evidence.index(data.get().fragments());
                evidence.syncGraph(data.get().graph());
                store.markIndexed(interviewId);
                log.info(
                        "evidence indexed interview_id={} project_id={} fragments={}",
                        interviewId,
                        projectId,
                        data.get().fragments().size());
            } catch (RuntimeException e) {
                store.markFailed(interviewId, SyncStore.describe(e));
                log.warn("evidence indexing failed interview_id={} (retried later): {}", interviewId, e.toString());
            }
        }
    }

    void deleteInterview(UUID projectId, UUID interviewId) {
        synchronized (lock(interviewId)) {
            try {
                evidence.deleteInterview(projectId, interviewId);
                store.removeDeleted(interviewId);
            } catch (RuntimeException e) {
                store.deleteFailed(interviewId, SyncStore.describe(e));
                log.warn("evidence removal failed interview_id={} (retried later): {}", interviewId, e.toString());
            }
        }
    }

    void deleteProject(UUID projectId) {
        try {
            evidence.deleteProject(projectId);
            store.removeDeletedProject(projectId);
            log.info("evidence removed project_id={}", projectId);
        } catch (RuntimeException e) {
            // its rows stay 'deleting': the reconciler removes the interviews one by one
            log.warn("evidence removal failed project_id={} (retried later): {}", projectId, e.toString());
        }
    }

    private void submit(String what, Runnable task) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("evidence sync task failed: {}: {}", what, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("evidence sync queue full or closed; left to the reconciler: {}", what);
        }
    }

    private Object lock(UUID interviewId) {
        return locks[Math.floorMod(interviewId.hashCode(), LOCK_STRIPES)];
    }

    /** Tasks waiting or running (for tests and diagnostics). */
    public int backlog() {
        return pool.getQueue().size() + pool.getActiveCount();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
