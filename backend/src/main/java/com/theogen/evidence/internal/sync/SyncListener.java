package com.theogen.evidence.internal.sync;

import com.theogen.evidence.CodingChanged;
import com.theogen.interview.InterviewDeleted;
import com.theogen.interview.InterviewIngested;
import com.theogen.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the evidence stores in step with interviews, projects and coding. Each event is handled twice: inside the
 * publishing transaction the intent is recorded in {@code evidence_sync} or {@code evidence_coding_sync} (so it
 * commits, or rolls back, with the change), and after commit the work is done: interviews are handed to the
 * background worker (so an upload never waits for embeddings), coding is pushed at once (it is cheap, and the
 * researcher's next search should see it). If the work never finishes, the reconciler finds the row.
 */
public class SyncListener {

    private final SyncStore store;
    private final SyncWorker worker;
    private final CodingSyncStore codingStore;
    private final CodingSync coding;

    public SyncListener(SyncStore store, SyncWorker worker, CodingSyncStore codingStore, CodingSync coding) {
        this.store = store;
        this.worker = worker;
        this.codingStore = codingStore;
        this.coding = coding;
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

    @EventListener
    public void recordCodingChanged(CodingChanged event) {
        codingStore.record(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void pushCoding(CodingChanged event) {
        coding.push(event);
    }
}
