package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Text with a NUL character, which PostgreSQL cannot store, is refused at the edge as {@code INVALID_TEXT} on every
 * channel (JSON, query, form field), and neither that refusal nor a database error puts the user's text in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StorableTextTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulInAProjectNameIsA400AndNeitherStoredNorLogged(CapturedOutput output) {
        String token = api.newUserToken();
        String marker = "secret-title-" + UUID.randomUUID();

        JsonNode problem = api.http()
                .post()
                .uri("/api/projects")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + marker + "\\u0000\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(problem.get("error_code").asText()).isEqualTo("INVALID_TEXT");
        assertThat(problem.get("field").asText()).isEqualTo("name");
        assertThat(problem.toString()).doesNotContain(marker);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projects WHERE name LIKE ?", Long.class, marker + "%"))
                .isZero();
        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void aNulInAnUploadFormFieldIsA400() {
        String token = api.newUserToken();
        String project =
                api.createProject(token, Map.of("name", "Uploads")).get("id").asText();
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource("Ana: hello there.\n".getBytes(StandardCharsets.UTF_8)))
                .filename("ana.txt")
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        body.part("participant", "Ana\u0000");

        api.http()
                .post()
                .uri("/api/projects/" + project + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("INVALID_TEXT")
                .jsonPath("$.field")
                .isEqualTo("participant");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM interviews WHERE project_id = ?::uuid", Long.class, project))
                .isZero();
    }

    @Test
    void aFailedDatabaseBatchDoesNotCarryTheRowsValuesIntoItsMessage(CapturedOutput output) {
        UUID id = UUID.randomUUID();
        String marker = "private-name-" + UUID.randomUUID();

        assertThatThrownBy(() -> jdbc.batchUpdate(
                        "INSERT INTO users (id, display_name, created_at) VALUES (?, ?, now())",
                        List.of(new Object[] {id, marker}, new Object[] {id, marker})))
                .satisfies(e -> assertThat(messages(e)).doesNotContain(marker).doesNotContain(id.toString()));
        assertThat(output.getAll()).doesNotContain(marker);
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable e = error; e != null; e = e.getCause()) {
            all.append(e.getMessage()).append('\n');
            if (e instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                all.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
