package com.theogen.job.internal;

import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The context of one attempt of one job, backed by its {@code job_runs} row. */
class DefaultJobContext implements JobContext {

    private static final Logger log = LoggerFactory.getLogger(DefaultJobContext.class);

    private final JobRecord job;
    private final int attempt;
    private final JobRunRepository runs;
    private final JobMetrics metrics;
    private final List<JobView.StepEntry> stepLog;
    private String currentStep;
    private Instant currentStarted;

    DefaultJobContext(JobRecord job, int attempt, JobRunRepository runs, JobMetrics metrics) {
        this.job = job;
        this.attempt = attempt;
        this.runs = runs;
        this.metrics = metrics;
        this.stepLog = new ArrayList<>(job.stepLog());
    }

    @Override
    public UUID jobId() {
        return job.id();
    }

    @Override
    public UUID projectId() {
        return job.projectId();
    }

    @Override
    public UUID ownerId() {
        return job.ownerId();
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public Map<String, Object> params() {
        return job.params();
    }

    @Override
    public void progress(String step, int percent) {
        checkCanceled();
        if (!step.equals(currentStep)) {
            closeCurrentStep();
            currentStep = step;
            currentStarted = Instant.now();
            stepLog.add(new JobView.StepEntry(step, currentStarted, null));
        }
        if (!runs.progress(job.id(), attempt, step, percent, stepLog)) {
            checkCanceled();
            throw new JobCanceledException();
        }
    }

    @Override
    public void checkCanceled() {
        switch (runs.signal(job.id(), attempt)) {
            case SUPERSEDED -> throw new WorkerSupersededException();
            case CANCEL -> throw new JobCanceledException();
            case CONTINUE -> {}
        }
    }

    @Override
    public void markDegraded() {
        runs.markDegraded(job.id());
    }

    @Override
    public <T> T stage(String step, int percent, Class<T> type, Callable<T> work) throws Exception {
        String stored = runs.checkpoint(job.id(), step).orElse(null);
        if (stored != null) {
            log.info("job stage resumed from checkpoint task_id={} stage={} attempt={}", job.id(), step, attempt);
            return runs.readCheckpoint(stored, type);
        }
        progress(step, percent);
        long started = System.nanoTime();
        T output = work.call();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        metrics.stage(job.kind(), step, elapsed);
        log.info(
                "job stage done task_id={} project_id={} stage={} elapsed_ms={}",
                job.id(),
                job.projectId(),
                step,
                elapsed.toMillis());
        checkCanceled();
        if (!runs.saveCheckpoint(job.id(), attempt, step, output)) {
            checkCanceled();
        }
        return output;
    }

    /** Closes the step log entry of the running step; called when the job ends. */
    void finish() {
        closeCurrentStep();
    }

    List<JobView.StepEntry> stepLog() {
        return stepLog;
    }

    private void closeCurrentStep() {
        if (currentStep == null) {
            return;
        }
        long elapsed = Duration.between(currentStarted, Instant.now()).toMillis();
        stepLog.set(stepLog.size() - 1, new JobView.StepEntry(currentStep, currentStarted, elapsed));
    }
}
