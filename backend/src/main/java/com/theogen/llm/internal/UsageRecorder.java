package com.theogen.llm.internal;

import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmUsage;
import com.theogen.llm.internal.PromptPreparer.Prepared;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns one logical call's counters into its {@link LlmUsage}: recorded in the run, counted in metrics, logged. */
final class UsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);

    private final LlmMetrics metrics;
    private final Clock clock;

    UsageRecorder(LlmMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The planned prompt size stands in for input tokens the provider did not report. */
    LlmUsage record(Prepared<?> call, LlmRunContext run, LlmAccess decided, CallStats stats, Instant started) {
        long input = stats.promptTokens > 0 ? stats.promptTokens : call.plan().tokens();
        LlmUsage usage = new LlmUsage(
                call.request().stage(),
                call.reference(),
                decided.provider(),
                call.model().name(),
                call.request().role(),
                decided.keySource(),
                input,
                stats.completionTokens,
                Duration.between(started, clock.instant()),
                stats.requests,
                stats.retries,
                stats.adjustments,
                stats.repaired,
                stats.truncated,
                stats.cachedTokens);
        run.recorder().recordCall(usage);
        metrics.tokens(usage.model(), usage.inputTokens(), usage.outputTokens());
        log.debug(
                "LLM call stage={} model={} tokens_in={} tokens_out={} requests={} retries={} latency_ms={}",
                usage.stage(),
                usage.model(),
                usage.inputTokens(),
                usage.outputTokens(),
                usage.requests(),
                usage.retries(),
                usage.latency().toMillis());
        return usage;
    }
}
