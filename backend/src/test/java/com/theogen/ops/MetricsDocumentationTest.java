package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.MetricsDoc;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * docs/metrics.md cannot drift from the app: after a theory run (offline analyst), every documented metric that
 * appears "at start" or "after a run" is scraped from {@code /actuator/prometheus} with the documented type and
 * labels, and every scraped {@code theogen_*} family is documented. Metrics that need a model call are checked by
 * LlmMetricsNamesTest and TheoryTelemetryNamesTest.
 */
@IntegrationTest
class MetricsDocumentationTest {

    @Autowired
    ApiClient api;

    @Test
    void everyDocumentedMetricIsScrapedAndEveryScrapedMetricIsDocumented() {
        runOneTheory();

        Map<String, MetricsDoc.Family> scraped = MetricsDoc.scrape(scrape());

        List<MetricsDoc.Row> expected = MetricsDoc.theogenMetrics().stream()
                .filter(MetricsDoc.Row::appearsAfterARun)
                .toList();
        assertThat(expected).extracting(MetricsDoc.Row::name).contains("theogen_jobs_stage_seconds");
        expected.forEach(row -> MetricsDoc.assertScraped(row, scraped));
        assertThat(scraped.keySet().stream().filter(name -> name.startsWith("theogen_")))
                .as("theogen_* metrics missing from docs/metrics.md")
                .allSatisfy(name -> assertThat(MetricsDoc.documentedKeys()).contains(name));
        assertThat(MetricsDoc.otherSeries()).isNotEmpty().allSatisfy(name -> assertThat(scraped)
                .containsKey(MetricsDoc.key(name)));
    }

    /** A theory over the demo project: a job of kind theory with its stages, as in production. */
    private void runOneTheory() {
        String token = api.newUserToken();
        String project = body(api.http()
                        .post()
                        .uri("/api/demo-project")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asText();
        String task = body(api.http()
                        .post()
                        .uri("/api/projects/" + project + "/generate-theory")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange()
                        .expectStatus()
                        .isAccepted())
                .get("task_id")
                .asText();
        String status = "/api/projects/" + project + "/generate-theory/status/" + task;
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> body(api.get(token, status)
                                .exchange()
                                .expectStatus()
                                .isOk())
                        .get("next_poll_seconds")
                        .isNull());
        assertThat(body(api.get(token, status).exchange().expectStatus().isOk())
                        .get("status")
                        .asText())
                .isEqualTo("completed");
    }

    private static JsonNode body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String scrape() {
        String body = api.http()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }
}
