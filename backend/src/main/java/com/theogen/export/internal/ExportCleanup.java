package com.theogen.export.internal;

import com.theogen.project.ProjectDeleted;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted project's export files as soon as the deletion commits (its {@code exports} rows went by
 * cascade in that transaction). A failure here only leaves files without rows, which the periodic sweep removes.
 */
@Component
class ExportCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExportCleanup.class);

    private final ExportFiles files;

    ExportCleanup(ExportFiles files) {
        this.files = files;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void projectDeleted(ProjectDeleted event) {
        try {
            int removed = files.deleteProject(event.projectId());
            if (removed > 0) {
                log.info("export files removed project_id={} files={}", event.projectId(), removed);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("export files of deleted project left for the sweep project_id={}", event.projectId(), e);
        }
    }
}
