package com.theogen.export.internal;

import com.theogen.export.ExportStatus;
import com.theogen.job.JobRequest;
import com.theogen.job.JobStatus;
import com.theogen.job.JobSubmission;
import com.theogen.job.JobView;
import com.theogen.job.Jobs;
import com.theogen.shared.DomainException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts job exports on the job queue, one {@code export} job per export. Export jobs are not exclusive, so a
 * submission is never refused because a theory run or another job holds the project (docs/adr/014); a row left
 * without a job (the queue was down, or its job ended without reaching it) is submitted again on the next status
 * read or sweep.
 */
@Component
class ExportQueue {

    static final String KIND = "export";
    static final String PARAM = "export_id";
    private static final Logger log = LoggerFactory.getLogger(ExportQueue.class);

    private final Jobs jobs;
    private final ExportStore store;

    ExportQueue(Jobs jobs, ExportStore store) {
        this.jobs = jobs;
        this.store = store;
    }

    /** Submits the row's job; returns the row as it is afterwards. */
    ExportRow submit(ExportRow row) {
        JobSubmission submission = jobs.submit(new JobRequest(
                row.projectId(), row.requestedBy(), KIND, Map.of(PARAM, row.id().toString())));
        store.setTask(row.id(), submission.job().id());
        log.info(
                "export queued export_id={} task_id={}",
                row.id(),
                submission.job().id());
        return store.find(row.id()).orElse(row);
    }

    /**
     * Makes sure a pending job export will be rendered: keeps it when its job is active, fails it when its job
     * failed or was canceled, and submits it again when it has no job (the project was busy, or its job ended
     * without reaching it).
     */
    ExportRow ensureQueued(ExportRow row) {
        Optional<JobView> job = row.taskId() == null ? Optional.empty() : job(row);
        if (job.isPresent() && !job.get().status().isTerminal()) {
            return row;
        }
        ExportRow now = store.find(row.id()).orElse(row);
        if (now.status() != ExportStatus.PENDING) {
            return now;
        }
        if (job.isPresent() && job.get().status() != JobStatus.COMPLETED) {
            JobView ended = job.get();
            String code = ended.errorCode() == null ? "EXPORT_FAILED" : ended.errorCode();
            store.markFailed(
                    row.id(),
                    code,
                    ended.error() == null ? "The export job " + ended.status().code() : ended.error());
            return store.find(row.id()).orElse(now);
        }
        return submit(now);
    }

    private Optional<JobView> job(ExportRow row) {
        try {
            return Optional.of(jobs.get(row.projectId(), row.taskId(), row.requestedBy()));
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }
}
