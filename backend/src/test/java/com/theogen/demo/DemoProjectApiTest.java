package com.theogen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Creating, reading and re-creating one's demo project over the API (registration seeding is off here). */
@IntegrationTest
class DemoProjectApiTest {

    @Autowired
    ApiClient api;

    @Test
    void createsTheDemoProjectWithAllItsInterviewsAndRecreatesItAfterDeletion() {
        String token = api.newUserToken();
        api.get(token, "/api/demo-project").exchange().expectStatus().isNotFound();

        JsonNode project = body(post(token).expectStatus().isCreated());
        assertThat(project.get("name").asText()).startsWith("Demo");
        assertThat(project.get("domain_template").asText()).isEqualTo("health");
        String id = project.get("id").asText();

        JsonNode interviews = body(api.get(token, "/api/projects/" + id + "/interviews?size=100")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(interviews.get("total_items").asInt()).isGreaterThanOrEqualTo(8);
        Set<String> formats = new HashSet<>();
        Set<String> languages = new HashSet<>();
        interviews.get("items").forEach(i -> {
            formats.add(i.get("format").asText());
            languages.add(i.get("language").asText());
            assertThat(i.get("word_count").asInt()).isBetween(1500, 4000);
            assertThat(i.get("speakers")).hasSize(2);
        });
        assertThat(formats).contains("txt", "md", "docx", "vtt", "srt", "json");
        assertThat(languages).containsExactlyInAnyOrder("es", "en");

        JsonNode again = body(post(token).expectStatus().isEqualTo(409));
        assertThat(again.get("error_code").asText()).isEqualTo("DEMO_PROJECT_EXISTS");
        assertThat(again.get("project_id").asText()).isEqualTo(id);
        assertThat(body(api.get(token, "/api/demo-project")
                                .exchange()
                                .expectStatus()
                                .isOk())
                        .get("id")
                        .asText())
                .isEqualTo(id);

        api.http()
                .delete()
                .uri("/api/projects/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        api.get(token, "/api/demo-project").exchange().expectStatus().isNotFound();
        JsonNode fresh = body(post(token).expectStatus().isCreated());
        assertThat(fresh.get("id").asText()).isNotEqualTo(id);
    }

    private WebTestClient.ResponseSpec post(String token) {
        return api.http()
                .post()
                .uri("/api/demo-project")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private static JsonNode body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
