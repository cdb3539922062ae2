package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Real projects and theories over HTTP, offline: the seeded demo project (Spanish, mixed-language interviews) and
 * an English project built from the demo's English transcripts.
 */
record DemoStudy(ApiClient api, String token) {

    static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String DEMO = "/theogen/demo/";
    private static final Map<String, String> ENGLISH_INTERVIEWS =
            Map.of("02-john.txt", "John", "04-priya.md", "Priya", "06-david.srt", "David", "08-helen.txt", "Helen");

    /** The user's copy of the demo project (Spanish). */
    String spanishDemoProject() {
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

    /** An English project holding the demo's four English interviews. */
    String englishProject() {
        String project = api.createProject(
                        token,
                        Map.of(
                                "name", "Caring while working — UK & US carers",
                                "research_question",
                                        "How do working family carers sustain care, and what does it cost them?",
                                "language", "en",
                                "domain_template", "health"))
                .get("id")
                .asText();
        ENGLISH_INTERVIEWS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> upload(project, e.getKey(), e.getValue()));
        return project;
    }

    /** Generates a theory for the project and returns it as the theory endpoint shows it. */
    JsonNode generateTheory(String project) {
        JsonNode accepted = body(api.http()
                .post()
                .uri("/api/projects/" + project + "/generate-theory")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isAccepted());
        String task = accepted.get("task_id").asText();
        String status = "/api/projects/" + project + "/generate-theory/status/" + task;
        JsonNode end = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get(status), s -> s.get("next_poll_seconds").isNull());
        assertThat(end.get("status").asText()).as(end.toString()).isEqualTo("completed");
        return get(
                "/api/projects/" + project + "/theories/" + end.get("theory_id").asText());
    }

    JsonNode get(String uri) {
        return body(api.get(token, uri).exchange().expectStatus().isOk());
    }

    private void upload(String project, String file, String participant) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource(resource(file)))
                .filename(file)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        body.part("participant", participant);
        api.http()
                .post()
                .uri("/api/projects/" + project + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private static byte[] resource(String file) {
        try (InputStream in = DemoStudy.class.getResourceAsStream(DEMO + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode body(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
