package com.theogen.theory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.MetricsDoc;
import com.theogen.theory.internal.pipeline.Drafts;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The theory meters, rendered by the Prometheus registry, are the ones docs/metrics.md documents. */
class TheoryTelemetryNamesTest {

    @Test
    void theoryMetersAreScrapedUnderTheirDocumentedNamesTypesAndLabels() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        TheoryTelemetry telemetry = new TheoryTelemetry(registry);
        Drafts.Call call = new Drafts.Call("paradigm", "openai", "gpt-4o", 1200, 300, 1, 0, false, 0);

        telemetry.stage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "staged",
                "build_paradigm",
                new Drafts.Meta("llm", 1500, List.of(call), List.of()),
                false);
        telemetry.finished(UUID.randomUUID(), UUID.randomUUID(), "staged", "completed", null);
        telemetry.dropped("not_verbatim", 2);

        Map<String, MetricsDoc.Family> scraped = MetricsDoc.scrape(registry.scrape());
        List<MetricsDoc.Row> theoryRows = MetricsDoc.theogenMetrics().stream()
                .filter(row -> row.name().startsWith("theogen_theory_"))
                .toList();
        assertThat(theoryRows).hasSizeGreaterThanOrEqualTo(5);
        theoryRows.forEach(row -> MetricsDoc.assertScraped(row, scraped));
        assertThat(scraped.keySet())
                .allSatisfy(name -> assertThat(MetricsDoc.documentedKeys()).contains(name));
    }
}
