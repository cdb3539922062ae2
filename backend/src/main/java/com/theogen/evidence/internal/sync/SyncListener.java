package com.theogen.evidence.internal.sync;

import com.theogen.interview.InterviewDeleted;
import com.theogen.interview.InterviewIngested;
import com.theogen.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the evidence stores in step with interviews and projects. Each event is handled twice: inside the
 * publishing transaction the intent is recorded in {@code evidence_sync} (so it commits, or rolls back, with
 * the interview), and after commit the work is handed to the background worker (so an upload never waits for
 * embeddings). If the worker never gets to it, the reconciler finds the row.
 */
public class SyncListener {

    private final SyncStore store;
    private final SyncWorker worker;

    public SyncListener(SyncStore store, SyncWorker worker) {
        this.store = store;
        this.worker = worker;
    }

    @EventListener
    public void recordIngested(InterviewIngested event) {
        store.markPending(event.interviewId(), event.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void indexIngested(InterviewIngested event) {
        worker.submitIndex(event.projectId(), event.interviewId());
    }

    @EventListener
    public void recordInterviewDeleted(InterviewDeleted event) {
        store.markDeleting(event.interviewId(), event.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void removeInterview(InterviewDeleted event) {
        worker.submitDeleteInterview(event.projectId(), event.interviewId());
    }

    @EventListener
    public void recordProjectDeleted(ProjectDeleted event) {
        store.markProjectDeleting(event.projectId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void removeProject(ProjectDeleted event) {
        worker.submitDeleteProject(event.projectId());
    }
}
