package com.theogen.interview.internal;

import com.theogen.interview.InterviewDeleted;
import com.theogen.interview.internal.media.MediaStore;
import com.theogen.project.ProjectDeleted;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Removes recordings once the deletion of their interview or project has committed. */
@Component
class MediaCleanup {

    private static final Logger log = LoggerFactory.getLogger(MediaCleanup.class);

    private final MediaStore store;

    MediaCleanup(MediaStore store) {
        this.store = store;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void interviewDeleted(InterviewDeleted event) {
        try {
            store.deleteInterview(event.projectId(), event.interviewId());
        } catch (IOException | RuntimeException e) {
            log.warn("recording of deleted interview left on disk interview_id={}", event.interviewId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void projectDeleted(ProjectDeleted event) {
        try {
            int removed = store.deleteProject(event.projectId());
            if (removed > 0) {
                log.info("recordings removed project_id={} files={}", event.projectId(), removed);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("recordings of deleted project left on disk project_id={}", event.projectId(), e);
        }
    }
}
