package com.theogen.support;

import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Job handlers for tests of the job machinery. The {@code test_steps} handler runs two checkpointed stages
 * and obeys its params: {@code hold} (wait in stage 2 until {@link #release}), {@code hold_attempt} (only
 * hold on that attempt), {@code fail_code} (fail with that domain error), {@code crash} (throw an
 * unexpected exception). Executions are counted per job and stage.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJobHandlers {

    public static final String KIND = "test_steps";
    public static final String OTHER_KIND = "test_other";
    /** Same steps, but not exclusive: runs beside any other job of the project. */
    public static final String SHARED_KIND = "test_shared";

    private static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    private static final Map<UUID, CountDownLatch> GATES = new ConcurrentHashMap<>();

    public static int executions(UUID jobId, String stage) {
        return EXECUTIONS.getOrDefault(jobId + "/" + stage, new AtomicInteger()).get();
    }

    public static void release(UUID jobId) {
        gate(jobId).countDown();
    }

    @Bean
    JobHandler testStepsHandler() {
        return new StepsHandler(KIND, true);
    }

    @Bean
    JobHandler testOtherHandler() {
        return new StepsHandler(OTHER_KIND, true);
    }

    @Bean
    JobHandler testSharedHandler() {
        return new StepsHandler(SHARED_KIND, false);
    }

    private static CountDownLatch gate(UUID jobId) {
        return GATES.computeIfAbsent(jobId, id -> new CountDownLatch(1));
    }

    /** Output of a test stage; a record so it round-trips through the checkpoint store. */
    public record StageOutput(String stage, int attempt) {}

    private record StepsHandler(String kind, boolean exclusive) implements JobHandler {

        @Override
        public JobResult run(JobContext context) throws Exception {
            Map<String, Object> params = context.params();
            StageOutput first = context.stage("first", 10, StageOutput.class, () -> work(context, "first"));
            context.stage("second", 50, StageOutput.class, () -> {
                StageOutput out = work(context, "second");
                Object holdAttempt = params.get("hold_attempt");
                boolean hold = Boolean.TRUE.equals(params.get("hold"))
                        || (holdAttempt != null && ((Number) holdAttempt).intValue() == context.attempt());
                if (hold) {
                    CountDownLatch gate = gate(context.jobId());
                    while (!gate.await(20, TimeUnit.MILLISECONDS)) {
                        context.checkCanceled();
                    }
                    context.checkCanceled();
                }
                return out;
            });
            if (params.get("fail_code") != null) {
                throw new DomainException(
                        ErrorCategory.INVALID_INPUT,
                        (String) params.get("fail_code"),
                        "Scripted failure: 2 of 3 needed");
            }
            if (Boolean.TRUE.equals(params.get("crash"))) {
                throw new IllegalStateException("scripted crash with internal detail");
            }
            return JobResult.of(UUID.nameUUIDFromBytes(first.stage().getBytes()));
        }

        private StageOutput work(JobContext context, String stage) {
            EXECUTIONS
                    .computeIfAbsent(context.jobId() + "/" + stage, k -> new AtomicInteger())
                    .incrementAndGet();
            return new StageOutput(stage, context.attempt());
        }
    }
}
