package com.theogen.job.internal;

import com.theogen.job.JobProperties;
import com.theogen.job.JobView;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Guarantees no job stays active without a queue entry: an active job whose db-scheduler execution is gone
 * (e.g. the queue insert failed after the job row was written, or the row was removed by hand) is queued
 * again; the runner then resumes it from its checkpoints or fails it after too many attempts.
 */
@Component
class JobReconciler {

    private static final Logger log = LoggerFactory.getLogger(JobReconciler.class);

    private final JobRunRepository runs;
    private final JobQueue queue;
    private final JobProperties properties;

    JobReconciler(JobRunRepository runs, JobQueue queue, JobProperties properties) {
        this.runs = runs;
        this.queue = queue;
        this.properties = properties;
    }

    int reconcile() {
        int requeued = 0;
        for (JobView job : runs.staleActive(Instant.now().minus(properties.staleAfter()), 100)) {
            if (!queue.isQueued(job.id())) {
                queue.enqueue(job.id());
                requeued++;
                log.warn(
                        "job had no queue entry; re-queued task_id={} status={}",
                        job.id(),
                        job.status().code());
            }
        }
        return requeued;
    }
}
