package com.theogen.job.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The db-scheduler side of a job: one task instance per job id, executed once across all replicas. */
@Component
class JobQueue {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;

    JobQueue(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> jobTask) {
        this.scheduler = scheduler;
        this.task = jobTask;
    }

    void enqueue(UUID jobId) {
        scheduler.getObject().scheduleIfNotExists(task.instance(jobId.toString(), jobId.toString()), Instant.now());
    }

    boolean isQueued(UUID jobId) {
        return scheduler
                .getObject()
                .getScheduledExecution(TaskInstanceId.of(task.getName(), jobId.toString()))
                .isPresent();
    }

    void remove(UUID jobId) {
        TaskInstanceId id = TaskInstanceId.of(task.getName(), jobId.toString());
        if (scheduler
                .getObject()
                .getScheduledExecution(id)
                .filter(e -> !e.isPicked())
                .isPresent()) {
            try {
                scheduler.getObject().cancel(id);
            } catch (RuntimeException raced) {
                // picked meanwhile: the runner sees the job is no longer active and returns
            }
        }
    }
}
