package com.theogen.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@IntegrationTest
class ProjectApiTest {

    @Autowired
    ApiClient api;

    @Test
    void createsAndReadsAProjectWithAllFields() {
        String token = api.newUserToken();
        JsonNode created = api.createProject(
                token,
                Map.of(
                        "name", "  Cuidado y trabajo  ",
                        "description", "Entrevistas a cuidadoras",
                        "research_question", "¿Cómo sostienen el cuidado?",
                        "language", "es",
                        "domain_template", "health"));

        assertThat(created.get("name").asText()).isEqualTo("Cuidado y trabajo");
        JsonNode read = api.get(token, "/api/projects/" + created.get("id").asText())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(read.get("research_question").asText()).isEqualTo("¿Cómo sostienen el cuidado?");
        assertThat(read.get("language").asText()).isEqualTo("es");
        assertThat(read.get("domain_template").asText()).isEqualTo("health");
        assertThat(read.get("created_at").asText())
                .isEqualTo(created.get("created_at").asText());
    }

    @Test
    void defaultsLanguageAndTemplate() {
        JsonNode created = api.createProject(api.newUserToken(), Map.of("name", "Minimal"));
        assertThat(created.get("language").asText()).isEqualTo("en");
        assertThat(created.get("domain_template").asText()).isEqualTo("generic");
        assertThat(created.get("description").isNull()).isTrue();
    }

    @Test
    void listsOwnProjectsNewestFirstInPages() {
        String token = api.newUserToken();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.createProject(token, Map.of("name", "P" + i)).get("id").asText());
        }
        api.createProject(api.newUserToken(), Map.of("name", "someone else's"));

        JsonNode first = page(token, 0, 2);
        JsonNode third = page(token, 2, 2);
        assertThat(first.get("total_items").asLong()).isEqualTo(5);
        assertThat(first.get("total_pages").asInt()).isEqualTo(3);
        assertThat(names(first)).containsExactly("P4", "P3");
        assertThat(names(third)).containsExactly("P0");
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        String token = api.newUserToken();
        JsonNode created = api.createProject(
                token, Map.of("name", "Before", "description", "keep me", "research_question", "clear me"));
        String id = created.get("id").asText();

        JsonNode updated = patch(token, id, Map.of("name", "After", "research_question", "", "domain_template", "ngo"))
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(updated.get("name").asText()).isEqualTo("After");
        assertThat(updated.get("description").asText()).isEqualTo("keep me");
        assertThat(updated.get("research_question").isNull()).isTrue();
        assertThat(updated.get("domain_template").asText()).isEqualTo("ngo");
    }

    @Test
    void anotherUsersProjectIsNotFoundExactlyLikeAnUnknownOne() {
        String owner = api.newUserToken();
        String stranger = api.newUserToken();
        String id =
                api.createProject(owner, Map.of("name", "Private")).get("id").asText();

        JsonNode foreign = notFound(api.get(stranger, "/api/projects/" + id).exchange());
        JsonNode unknown =
                notFound(api.get(stranger, "/api/projects/" + UUID.randomUUID()).exchange());
        assertThat(foreign.get("error_code")).isEqualTo(unknown.get("error_code"));
        assertThat(foreign.get("detail")).isEqualTo(unknown.get("detail"));

        notFound(patch(stranger, id, Map.of("name", "hijacked")));
        notFound(api.http()
                .delete()
                .uri("/api/projects/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger)
                .exchange());
        api.get(owner, "/api/projects/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Private");
    }

    @Test
    void deletesAProject() {
        String token = api.newUserToken();
        String id = api.createProject(token, Map.of("name", "Doomed")).get("id").asText();
        api.http()
                .delete()
                .uri("/api/projects/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        notFound(api.get(token, "/api/projects/" + id).exchange());
    }

    @Test
    void listsDomainTemplatesWithTheirVocabulary() {
        JsonNode templates = api.get(api.newUserToken(), "/api/domain-templates")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        List<String> keys = new ArrayList<>();
        templates.forEach(t -> keys.add(t.get("key").asText()));
        assertThat(keys).containsExactly("generic", "education", "ngo", "government", "market_research", "health");
        templates.forEach(t -> {
            assertThat(t.get("actors").size()).isPositive();
            assertThat(t.get("critical_dimensions").size()).isPositive();
            assertThat(t.get("metrics").size()).isPositive();
            assertThat(t.get("names").get("es").asText()).isNotBlank();
            assertThat(t.get("localized_actors").get("es").size())
                    .isEqualTo(t.get("actors").size());
        });
    }

    private JsonNode page(String token, int page, int size) {
        return api.get(token, "/api/projects?page=" + page + "&size=" + size)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec patch(
            String token, String id, Map<String, Object> body) {
        return api.http()
                .patch()
                .uri("/api/projects/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static JsonNode notFound(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
        JsonNode problem = spec.expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("error_code").asText()).isEqualTo("NOT_FOUND");
        return problem;
    }
}
