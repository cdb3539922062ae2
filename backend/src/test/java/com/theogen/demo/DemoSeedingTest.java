package com.theogen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Registration seeds the demo project, as on the embedded default. This is the one test that needs its own
 * Spring context: the shared test context turns seeding off so that other tests' new users start empty.
 */
@IntegrationTest
@TestPropertySource(properties = "theogen.demo.seed-on-registration=true")
class DemoSeedingTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyNewAccountStartsWithItsOwnDemoProject() {
        JsonNode first = api.register("seed-" + UUID.randomUUID() + "@example.org");
        JsonNode second = api.register("seed-" + UUID.randomUUID() + "@example.org");

        String firstProject = onlyDemoProject(first.get("access_token").asText());
        String secondProject = onlyDemoProject(second.get("access_token").asText());

        assertThat(firstProject).isNotEqualTo(secondProject);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interviews WHERE project_id = ?::uuid",
                        Long.class,
                        UUID.fromString(firstProject)))
                .isGreaterThanOrEqualTo(8);
    }

    private String onlyDemoProject(String token) {
        JsonNode projects = api.get(token, "/api/projects")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(projects.get("total_items").asInt()).isEqualTo(1);
        JsonNode project = projects.get("items").get(0);
        assertThat(project.get("name").asText()).startsWith("Demo");
        return project.get("id").asText();
    }
}
