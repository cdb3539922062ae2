package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.MetricsDoc;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LLM meters, rendered by the Prometheus registry, are the ones docs/metrics.md documents. */
class LlmMetricsNamesTest {

    @Test
    void llmMetersAreScrapedUnderTheirDocumentedNamesTypesAndLabels() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        LlmMetrics metrics = new LlmMetrics(registry, "openai");

        metrics.call("gpt-4o", "reasoning", "ok", Duration.ofMillis(1200));
        metrics.tokens("gpt-4o", 1000, 200);
        metrics.requestFailed("gpt-4o", ProviderFailure.Kind.RATE_LIMITED);
        metrics.retried("gpt-4o");

        Map<String, MetricsDoc.Family> scraped = MetricsDoc.scrape(registry.scrape());
        MetricsDoc.theogenMetrics().stream()
                .filter(row -> row.name().startsWith("theogen_llm_"))
                .forEach(row -> MetricsDoc.assertScraped(row, scraped));
        assertThat(scraped.keySet())
                .allSatisfy(name -> assertThat(MetricsDoc.documentedKeys()).contains(name));
    }
}
