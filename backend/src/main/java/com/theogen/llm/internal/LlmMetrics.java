package com.theogen.llm.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Micrometer meters, tagged by provider and model: {@code theogen.llm.calls} (timer per logical call, tag {@code
 * outcome}), {@code theogen.llm.tokens} (tag {@code direction} input|output), {@code theogen.llm.errors} (every
 * failed request, tag {@code kind}, so that a 429 storm shows even while retries succeed) and {@code
 * theogen.llm.retries}. In Prometheus: {@code theogen_llm_calls_seconds_*}, {@code theogen_llm_tokens_total},
 * {@code theogen_llm_errors_total}, {@code theogen_llm_retries_total}.
 */
final class LlmMetrics {

    private final MeterRegistry registry;
    private final String provider;

    LlmMetrics(MeterRegistry registry, String provider) {
        this.registry = registry;
        this.provider = provider;
    }

    void call(String model, String role, String outcome, Duration latency) {
        Timer.builder("theogen.llm.calls")
                .description("LLM calls (including retries and repair) by outcome")
                .tags("provider", provider, "model", model, "role", role, "outcome", outcome)
                .register(registry)
                .record(latency);
    }

    void tokens(String model, long input, long output) {
        counter("theogen.llm.tokens", "Tokens sent to and received from the model", model, "direction", "input")
                .increment(input);
        counter("theogen.llm.tokens", "Tokens sent to and received from the model", model, "direction", "output")
                .increment(output);
    }

    void requestFailed(String model, ProviderFailure.Kind kind) {
        counter(
                        "theogen.llm.errors",
                        "Failed LLM requests by kind",
                        model,
                        "kind",
                        kind.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    void retried(String model) {
        counter("theogen.llm.retries", "LLM requests retried after a transient failure", model, "reason", "transient")
                .increment();
    }

    private Counter counter(String name, String description, String model, String tag, String value) {
        return Counter.builder(name)
                .description(description)
                .tags("provider", provider, "model", model, tag, value)
                .register(registry);
    }
}
