package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HTTP steps the coding tests share: demo project, auto-code jobs, authed JSON calls. */
final class CodingApi {

    /** Offline coding of the demo project takes seconds; a loaded 2-core machine may need minutes. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final ApiClient api;

    CodingApi(ApiClient api) {
        this.api = api;
    }

    String demoProject(String token) {
        return send(token, "POST", "/api/demo-project", null)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .asText();
    }

    WebTestClient.ResponseSpec send(String token, String method, String uri, Object body) {
        WebTestClient.RequestBodySpec request = api.http()
                .method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    JsonNode json(String token, String method, String uri, Object body, int status) {
        return send(token, method, uri, body)
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    /** Uploads one transcript file; returns the interview's id. */
    String upload(String token, String projectId, String filename, String text) {
        org.springframework.http.client.MultipartBodyBuilder body =
                new org.springframework.http.client.MultipartBodyBuilder();
        body.part(
                        "files",
                        new org.springframework.core.io.ByteArrayResource(
                                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .filename(filename)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        JsonNode created = api.http()
                .post()
                .uri("/api/projects/" + projectId + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return created.get("files").get(0).get("interview").get("id").asText();
    }

    /** Creates a project in {@code language}; returns its id. */
    String project(String token, String language) {
        return api.createProject(token, Map.of("name", "Coding " + language, "language", language))
                .get("id")
                .asText();
    }

    /** Starts auto-coding and waits until the job has ended; returns its final status. */
    JsonNode autoCode(String token, String projectId, Map<String, Object> body) {
        JsonNode accepted = json(token, "POST", "/api/projects/" + projectId + "/auto-code", body, 202);
        assertThat(accepted.get("status").asText()).isIn("pending", "running");
        return awaitEnd(token, projectId, accepted.get("task_id").asText());
    }

    JsonNode awaitEnd(String token, String projectId, String taskId) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode status =
                    json(token, "GET", "/api/projects/" + projectId + "/auto-code/status/" + taskId, null, 200);
            last.set(status);
            return status.get("next_poll_seconds").isNull();
        });
        return last.get();
    }
}
