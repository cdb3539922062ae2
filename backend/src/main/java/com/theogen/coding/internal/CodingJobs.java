package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.RunKeys;
import com.theogen.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What the coding module's model jobs ({@code auto_code}, {@code memo_draft}) share: a user's own key handed over
 * through {@link RunKeys} when the param {@code byo_key} says so (waited for up to {@code
 * theogen.coding.key-handoff-wait}, because the job may start before the request has handed it over, and forgotten
 * when the job ends, however it ends), the model access with it, and the run's deadline and cancellation.
 */
@Component
class CodingJobs {

    /** A job's work with its model access. */
    interface Work {
        JobResult run(Job job) throws Exception;
    }

    /** A model job of the coding module: its kind, and its work run through {@link CodingJobs#run}. */
    abstract static class Handler implements JobHandler, Work {

        private final String kind;
        private final CodingJobs jobs;

        Handler(String kind, CodingJobs jobs) {
            this.kind = kind;
            this.jobs = jobs;
        }

        @Override
        public final String kind() {
            return kind;
        }

        @Override
        public final JobResult run(JobContext context) throws Exception {
            return jobs.run(context, this);
        }
    }

    /** A running job with its model access; {@link #run} makes the {@link CodingRun} of one of its stages. */
    record Job(JobContext context, LlmAccess access, LlmRunContext llmRun) {

        /** A stage's run whose progress (0-100) fills {@code share} points of the job's from {@code from}. */
        CodingRun run(UUID interviewId, boolean recode, int from, int share) {
            return new CodingRun(
                    context.projectId(),
                    interviewId,
                    recode,
                    access,
                    llmRun,
                    (step, percent) -> context.progress(step, from + percent * share / 100));
        }

        /** The stage of a job that has only one: its run, over no single interview, fills progress from 2 to 99. */
        <T> T onlyStage(String step, Class<T> type, boolean recode, Function<CodingRun, T> work) throws Exception {
            return context.stage(step, 2, type, () -> work.apply(run(null, recode, 2, 97)));
        }

        /** The job's result: degraded when its model access was, or when part of its work failed. */
        JobResult result(UUID resultId, boolean partial, Map<String, Integer> outcome, ErrorCode warning) {
            return new JobResult(resultId, access.degraded() || partial, outcome, warning);
        }

        /** A param holding a list of ids; empty when absent. */
        List<UUID> ids(String param) {
            if (!(context.params().get(param) instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(v -> UUID.fromString(v.toString())).toList();
        }
    }

    private final LlmClient llm;
    private final RunKeys keys;
    private final CodingProperties properties;

    CodingJobs(LlmClient llm, RunKeys keys, CodingProperties properties) {
        this.llm = llm;
        this.keys = keys;
        this.properties = properties;
    }

    JobResult run(JobContext context, Work work) throws Exception {
        try {
            Optional<ByoKey> key = Boolean.TRUE.equals(context.params().get("byo_key"))
                    ? keys.await(context.jobId(), properties.keyHandoffWait(), context::checkCanceled)
                    : Optional.empty();
            LlmAccess access = llm.access(key);
            LlmRunContext llmRun = new LlmRunContext(
                    key, Instant.now().plus(properties.runDeadline()), context::canceled, new LlmRunLog());
            return work.run(new Job(context, access, llmRun));
        } finally {
            keys.forget(context.jobId());
        }
    }
}
