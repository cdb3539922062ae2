package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.theogen.job.JobRequest;
import com.theogen.job.Jobs;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.MetricsDoc;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/metrics.md cannot drift from the app: after a job has run, every documented {@code theogen_*} metric
 * (the LLM ones aside: they appear on the first model call, see LlmMetricsNamesTest) is scraped from
 * {@code /actuator/prometheus} with the documented type and labels, and every scraped {@code theogen_*} family
 * is documented.
 */
@IntegrationTest
class MetricsDocumentationTest {

    @Autowired
    ApiClient api;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDocumentedMetricIsScrapedAndEveryScrapedMetricIsDocumented() {
        runOneJob();

        Map<String, MetricsDoc.Family> scraped = MetricsDoc.scrape(scrape());

        MetricsDoc.theogenMetrics().stream()
                .filter(row -> !row.name().startsWith("theogen_llm_"))
                .forEach(row -> MetricsDoc.assertScraped(row, scraped));
        assertThat(scraped.keySet().stream().filter(name -> name.startsWith("theogen_")))
                .as("theogen_* metrics missing from docs/metrics.md")
                .allSatisfy(name -> assertThat(MetricsDoc.documentedKeys()).contains(name));
        assertThat(MetricsDoc.otherSeries()).isNotEmpty().allSatisfy(name -> assertThat(scraped)
                .containsKey(MetricsDoc.key(name)));
    }

    private void runOneJob() {
        UUID owner = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'm', now())",
                owner,
                owner + "@metrics.example.org");
        jdbc.update(
                "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at) "
                        + "VALUES (?, ?, 'metrics', 'en', 'generic', now(), now())",
                project,
                owner);
        UUID job = jobs.submit(new JobRequest(project, owner, TestJobHandlers.KIND, Map.of()))
                .job()
                .id();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jobs.get(project, job, owner).status().isTerminal());
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
