package com.theogen.evidence.internal.sync;

import com.theogen.evidence.EvidenceProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds interviews whose indexing or removal did not finish (the process died, a store was down, the queue was
 * full) and hands them to the {@link SyncWorker} again, and pushes the coding of projects whose coding push did not
 * finish ({@link CodingSync}). Runs at start and then every {@code
 * theogen.evidence.sync.reconcile-interval}, on one replica at a time (a db-scheduler recurring task).
 */
public class SyncReconciler {

    private static final Logger log = LoggerFactory.getLogger(SyncReconciler.class);
    private static final int BATCH = 200;

    private final SyncStore store;
    private final SyncWorker worker;
    private final CodingSync coding;
    private final EvidenceProperties.Sync config;
    private final AtomicBoolean requeueAll;

    /**
     * @param indexRecreated the vector index was recreated empty at start (another embedding model): the first
     *     run queues every interview for indexing again
     */
    public SyncReconciler(
            SyncStore store,
            SyncWorker worker,
            CodingSync coding,
            EvidenceProperties.Sync config,
            boolean indexRecreated) {
        this.store = store;
        this.worker = worker;
        this.coding = coding;
        this.config = config;
        this.requeueAll = new AtomicBoolean(indexRecreated);
    }

    /** Submits every due interview row and pushes every project with due coding changes; returns how many. */
    public int reconcile() {
        if (requeueAll.getAndSet(false)) {
            log.warn(
                    "evidence index was recreated for a new embedding model: re-indexing {} interview(s)",
                    store.requeueAll());
        }
        List<SyncStore.Row> due = store.due(config.retryAfter(), config.staleAfter(), config.maxAttempts(), BATCH);
        store.touch(due.stream().map(SyncStore.Row::interviewId).toList());
        for (SyncStore.Row row : due) {
            if (row.state().equals("deleting")) {
                worker.submitDeleteInterview(row.projectId(), row.interviewId());
            } else {
                worker.submitIndex(row.projectId(), row.interviewId());
            }
        }
        if (!due.isEmpty()) {
            log.info("evidence reconciler resubmitted {} interview(s)", due.size());
        }
        return due.size() + coding.retryDue(config);
    }
}
