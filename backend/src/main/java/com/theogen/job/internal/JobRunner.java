package com.theogen.job.internal;

import com.theogen.job.JobCanceledException;
import com.theogen.job.JobError;
import com.theogen.job.JobHandler;
import com.theogen.job.JobProperties;
import com.theogen.job.JobResult;
import com.theogen.job.JobStatus;
import com.theogen.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one attempt of a job on the worker thread db-scheduler gives it. Every outcome is written to
 * {@code job_runs}; nothing escapes to db-scheduler except a dying JVM, which db-scheduler detects through
 * missed heartbeats and revives on another replica.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRunRepository runs;
    private final Map<String, JobHandler> handlers;
    private final JobProperties properties;
    private final JobMetrics metrics;

    JobRunner(JobRunRepository runs, List<JobHandler> handlers, JobProperties properties, JobMetrics metrics) {
        this.runs = runs;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        this.properties = properties;
        this.metrics = metrics;
    }

    void run(UUID jobId) {
        Optional<JobRecord> found = runs.find(jobId);
        if (found.isEmpty() || found.get().status().isTerminal()) {
            return; // deleted with its project, or canceled before it started
        }
        JobRecord job = found.get();
        Optional<Integer> attempt = runs.startAttempt(jobId);
        if (attempt.isEmpty()) {
            return;
        }
        if (attempt.get() > properties.maxAttempts()) {
            fail(
                    job,
                    JobError.WORKER_LOST,
                    "The job was interrupted " + properties.maxAttempts()
                            + " times (a worker stopped while running it); start it again");
            return;
        }
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            fail(job, JobError.UNKNOWN_JOB_KIND, "No worker can run jobs of kind '" + job.kind() + "'");
            return;
        }
        log.info(
                "job started task_id={} project_id={} kind={} attempt={}",
                jobId,
                job.projectId(),
                job.kind(),
                attempt.get());
        DefaultJobContext context = new DefaultJobContext(job, attempt.get(), runs, metrics);
        try {
            JobResult result = handler.run(context);
            context.finish();
            runs.progress(jobId, attempt.get(), "done", 100, context.stepLog());
            if (runs.complete(jobId, attempt.get(), result)) {
                metrics.finished(job.kind(), "completed");
                log.info(
                        "job completed task_id={} result_id={} degraded={} warning={} outcome={}",
                        jobId,
                        result.resultId(),
                        result.degraded(),
                        result.warning() == null ? null : result.warning().code(),
                        result.outcome());
            }
        } catch (WorkerSupersededException superseded) {
            log.warn("job attempt {} superseded by a newer attempt; stopping quietly task_id={}", attempt.get(), jobId);
        } catch (JobCanceledException canceled) {
            context.finish();
            canceled(job, attempt.get());
        } catch (DomainException e) {
            context.finish();
            if (!canceledMeanwhile(job, attempt.get(), e)) {
                failAttempt(job, attempt.get(), e.errorCode(), e.getMessage());
            }
        } catch (Exception | LinkageError e) {
            context.finish();
            if (canceledMeanwhile(job, attempt.get(), e)) {
                return;
            }
            String incident = UUID.randomUUID().toString();
            log.error("job failed unexpectedly task_id={} incident={}", jobId, incident, e);
            failAttempt(
                    job,
                    attempt.get(),
                    JobError.INTERNAL_ERROR.code(),
                    "The job failed unexpectedly; incident " + incident);
        }
    }

    /**
     * A job whose cancellation was requested ends {@code canceled} however its work stopped: work interrupted by the
     * cancellation (an aborted model call, a closed pool) often surfaces as some other error first.
     */
    private boolean canceledMeanwhile(JobRecord job, int attempt, Throwable error) {
        if (runs.signal(job.id(), attempt) != JobRunRepository.WorkerSignal.CANCEL) {
            return false;
        }
        log.info("job ended after its cancellation was requested task_id={} ({})", job.id(), error.toString());
        canceled(job, attempt);
        return true;
    }

    private void canceled(JobRecord job, int attempt) {
        if (runs.finishAttempt(
                job.id(), attempt, JobStatus.CANCELED, JobError.CANCELED.code(), "The job was canceled")) {
            metrics.finished(job.kind(), "canceled");
            log.info("job canceled task_id={}", job.id());
        }
    }

    private void failAttempt(JobRecord job, int attempt, String code, String message) {
        if (runs.finishAttempt(job.id(), attempt, JobStatus.FAILED, code, message)) {
            metrics.finished(job.kind(), "failed");
            log.warn("job failed task_id={} error_code={}", job.id(), code);
        }
    }

    private void fail(JobRecord job, JobError code, String message) {
        if (runs.failActive(job.id(), code, message)) {
            metrics.finished(job.kind(), "failed");
            log.warn("job failed task_id={} error_code={}", job.id(), code.code());
        }
    }
}
