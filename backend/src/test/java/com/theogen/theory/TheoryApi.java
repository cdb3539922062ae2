package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The theory endpoints as a client uses them. */
record TheoryApi(ApiClient api) {

    static final Duration PATIENCE = Duration.ofMinutes(4);

    String demoProject(String token) {
        return body(api.http()
                        .post()
                        .uri("/api/demo-project")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .get("id")
                .asText();
    }

    void setLanguage(String token, String projectId, String language) {
        api.http()
                .patch()
                .uri("/api/projects/" + projectId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("language", language))
                .exchange()
                .expectStatus()
                .isOk();
    }

    WebTestClient.ResponseSpec generate(String token, String projectId) {
        return api.http()
                .post()
                .uri("/api/projects/" + projectId + "/generate-theory")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    String start(String token, String projectId) {
        JsonNode accepted = body(generate(token, projectId).expectStatus().isAccepted());
        assertThat(accepted.get("status").asText()).isIn("pending", "running");
        assertThat(accepted.get("next_poll_seconds").asInt()).isPositive();
        return accepted.get("task_id").asText();
    }

    JsonNode status(String token, String projectId, String taskId) {
        return body(api.get(token, "/api/projects/" + projectId + "/generate-theory/status/" + taskId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    JsonNode awaitEnd(String token, String projectId, String taskId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> status(token, projectId, taskId)
                .get("next_poll_seconds")
                .isNull());
        return status(token, projectId, taskId);
    }

    JsonNode cancel(String token, String projectId, String taskId) {
        return body(api.http()
                .post()
                .uri("/api/projects/" + projectId + "/generate-theory/cancel/" + taskId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk());
    }

    /** A new English project about night care holding one uploaded transcript; returns its id. */
    String transcriptProject(String token, String transcript) {
        String id = api.createProject(
                        token,
                        Map.of(
                                "name",
                                "Night care",
                                "language",
                                "en",
                                "research_question",
                                "How do working caregivers sustain night care?"))
                .get("id")
                .asText();
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource(transcript.getBytes(StandardCharsets.UTF_8)))
                .filename("maria.txt")
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        api.http()
                .post()
                .uri("/api/projects/" + id + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated();
        return id;
    }

    JsonNode theory(String token, String projectId, String theoryId) {
        return body(api.get(token, "/api/projects/" + projectId + "/theories/" + theoryId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    JsonNode history(String token, String projectId) {
        return body(api.get(token, "/api/projects/" + projectId + "/theories")
                .exchange()
                .expectStatus()
                .isOk());
    }

    static JsonNode body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
