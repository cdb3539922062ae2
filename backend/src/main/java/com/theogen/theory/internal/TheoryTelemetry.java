package com.theogen.theory.internal;

import com.theogen.theory.internal.pipeline.Drafts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One structured log line per stage and the theory metrics. Lines carry ids, timings, token counts and flags only:
 * never a key, a prompt or interview text.
 */
@Component
class TheoryTelemetry {

    private static final Logger log = LoggerFactory.getLogger("com.theogen.theory.telemetry");

    private final MeterRegistry registry;

    TheoryTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    void stage(UUID taskId, UUID projectId, String route, String stage, Drafts.Meta meta, boolean degraded) {
        log.info(
                "theory stage task_id={} project_id={} route={} stage={} elapsed_ms={} generated_by={} llm_calls={} "
                        + "tokens_in={} tokens_cached={} tokens_out={} trims={} degraded={}",
                taskId,
                projectId,
                route,
                stage,
                meta.elapsedMs(),
                meta.generatedBy(),
                meta.calls().size(),
                meta.inputTokens(),
                meta.cachedInputTokens(),
                meta.outputTokens(),
                meta.trims().size(),
                degraded);
        Timer.builder("theogen_theory_stage_seconds")
                .description("Time per theory pipeline stage")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofMillis(meta.elapsedMs()));
        if (!meta.calls().isEmpty()) {
            counter("theogen_theory_llm_calls_total", "stage", stage)
                    .increment(meta.calls().size());
            Counter.builder("theogen_theory_llm_tokens_total")
                    .tag("stage", stage)
                    .tag("direction", "input")
                    .register(registry)
                    .increment(meta.inputTokens());
            Counter.builder("theogen_theory_llm_tokens_total")
                    .tag("stage", stage)
                    .tag("direction", "output")
                    .register(registry)
                    .increment(meta.outputTokens());
        }
    }

    void finished(UUID taskId, UUID projectId, String route, String outcome, String errorCode) {
        log.info(
                "theory run task_id={} project_id={} route={} outcome={} error_code={}",
                taskId,
                projectId,
                route,
                outcome,
                errorCode == null ? "-" : errorCode);
        Counter.builder("theogen_theory_runs_total")
                .description("Theory runs by outcome and route")
                .tag("outcome", outcome)
                .tag("route", route)
                .register(registry)
                .increment();
    }

    /** Counts the evidence verification dropped, by reason. */
    void dropped(com.theogen.theory.Theory.Validation validation) {
        dropped("unknown_fragment", validation.unknownFragment());
        dropped("wrong_category", validation.wrongCategory());
        dropped("not_verbatim", validation.notVerbatim());
        dropped("negative_case_not_verbatim", validation.negativeCasesDropped());
    }

    void dropped(String reason, int count) {
        if (count > 0) {
            counter("theogen_theory_evidence_dropped_total", "reason", reason).increment(count);
        }
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }
}
