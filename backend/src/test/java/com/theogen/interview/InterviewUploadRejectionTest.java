package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Bad uploads get a 4xx ProblemDetail naming the file and the reason and leave no rows; in a multi-file upload
 * the good files are stored and each file's outcome is listed. The test profile limits uploads to 256 KB per
 * file, 4 files and 2 MB per request.
 */
@IntegrationTest
class InterviewUploadRejectionTest {

    private static final String GOOD = "I: ¿Cómo estás?\nP: Cansada, la verdad.\nI: ¿Por qué?\nP: Por los turnos.";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    String token;
    String projectId;

    @BeforeEach
    void userWithProject() {
        token = api.newUserToken();
        projectId =
                api.createProject(token, Map.of("name", "Uploads")).get("id").asText();
    }

    static Stream<Arguments> badFiles() {
        byte[] docx = TranscriptFiles.docx(List.of("I: hola", "P: adiós"));
        return Stream.of(
                bad("empty.txt", new byte[0], 400, "EMPTY_FILE"),
                bad("notes.rtf", utf8("{\\rtf1 hola}"), 415, "UNSUPPORTED_FILE_TYPE"),
                bad("binary.txt", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0}, 400, "BINARY_CONTENT"),
                bad("broken.docx", Arrays.copyOf(docx, docx.length / 3), 400, "CORRUPT_FILE"),
                bad("broken.pdf", utf8("%PDF-1.4\n%garbage"), 400, "CORRUPT_FILE"),
                bad("locked.pdf", TranscriptFiles.encryptedPdf(List.of("I: secreto")), 400, "ENCRYPTED_PDF"),
                bad("scan.pdf", TranscriptFiles.imageOnlyPdf(), 400, "NO_TEXT_LAYER"),
                bad("huge.txt", utf8(("P1: " + "palabra ".repeat(40_000))), 413, "FILE_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aSingleBadFileIsAProblemDetailNamingTheFileAndStoresNothing(
            String filename, byte[] content, int status, String code) {
        long before = rows();
        JsonNode problem = problem(Uploads.with(api).file(filename, content).post(token, projectId), status);

        assertThat(problem.get("error_code").asText()).isEqualTo(code);
        assertThat(problem.get("filename").asText()).isEqualTo(filename);
        assertThat(problem.get("detail").asText()).startsWith(filename + ": ");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void goodFilesOfAMixedUploadAreStoredAndEveryOutcomeIsListed() {
        JsonNode body = Uploads.with(api)
                .file("good.txt", GOOD)
                .file("locked.pdf", TranscriptFiles.encryptedPdf(List.of("I: secreto")))
                .file("huge.txt", "x".repeat(300 * 1024))
                .file("also-good.json", "[{\"speaker\":\"I\",\"text\":\"Hola.\"}]")
                .post(token, projectId)
                .expectStatus()
                .isEqualTo(207)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(body.get("stored").asInt()).isEqualTo(2);
        assertThat(body.get("failed").asInt()).isEqualTo(2);
        JsonNode files = body.get("files");
        assertThat(files.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(files.get(0).get("interview").get("fragment_count").asInt()).isEqualTo(4);
        assertThat(files.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(files.get(1).get("error_code").asText()).isEqualTo("ENCRYPTED_PDF");
        assertThat(files.get(1).get("detail").asText()).startsWith("locked.pdf: ");
        assertThat(files.get(1).has("interview")).isFalse();
        assertThat(files.get(2).get("status").asInt()).isEqualTo(413);
        assertThat(files.get(2).get("error_code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(files.get(3).get("status").asInt()).isEqualTo(201);
        assertThat(jdbc.queryForList(
                        "SELECT source_filename FROM interviews WHERE project_id = ?::uuid ORDER BY created_at",
                        String.class,
                        projectId))
                .containsExactly("good.txt", "also-good.json");
    }

    @Test
    void severalFilesAllRefusedAreOneProblemDetailListingEachFile() {
        JsonNode problem = problem(
                Uploads.with(api).file("a.rtf", "x").file("b.txt", new byte[0]).post(token, projectId), 400);
        assertThat(problem.get("error_code").asText()).isEqualTo("UPLOAD_REJECTED");
        assertThat(problem.get("files").get(0).get("error_code").asText()).isEqualTo("UNSUPPORTED_FILE_TYPE");
        assertThat(problem.get("files").get(1).get("filename").asText()).isEqualTo("b.txt");
        assertThat(problem.get("detail").asText()).contains("a.rtf: ").contains("b.txt: ");
        assertThat(interviewRows()).isZero();
    }

    @Test
    void moreFilesThanAllowedStoresNothing() {
        Uploads upload = Uploads.with(api);
        for (int i = 0; i < 5; i++) {
            upload.file("f" + i + ".txt", GOOD);
        }
        JsonNode problem = problem(upload.post(token, projectId), 400);
        assertThat(problem.get("error_code").asText()).isEqualTo("TOO_MANY_FILES");
        assertThat(problem.get("detail").asText()).contains("at most 4");
        assertThat(interviewRows()).isZero();
    }

    @Test
    void aFloodOfPartsIsCutShort() {
        Uploads upload = Uploads.with(api);
        for (int i = 0; i < 80; i++) {
            upload.file("p" + i + ".txt", new byte[0]);
        }
        JsonNode problem = problem(upload.post(token, projectId), 400);
        assertThat(problem.get("error_code").asText()).isEqualTo("TOO_MANY_PARTS");
        assertThat(interviewRows()).isZero();
    }

    @Test
    void badBrowseParametersAreProblemDetails() {
        assertThat(problem(api.get(token, "/api/interviews/not-a-uuid").exchange(), 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("INVALID_PARAMETER");
        String fragments = "/api/interviews/" + java.util.UUID.randomUUID() + "/fragments";
        assertThat(problem(api.get(token, fragments + "?size=1000").exchange(), 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(problem(api.get(token, fragments + "?q=" + "x".repeat(201)).exchange(), 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedBeforeReadingIt() {
        Uploads upload = Uploads.with(api);
        for (int i = 0; i < 3; i++) {
            upload.file("big" + i + ".txt", "y".repeat(800 * 1024));
        }
        JsonNode problem = problem(upload.post(token, projectId), 413);
        assertThat(problem.get("error_code").asText()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(interviewRows()).isZero();
    }

    @Test
    void requestProblemsAreProblemDetails() {
        JsonNode noFiles = problem(Uploads.with(api).field("language", "es").post(token, projectId), 400);
        assertThat(noFiles.get("error_code").asText()).isEqualTo("NO_FILES");

        JsonNode unknownField = problem(
                Uploads.with(api).file("a.txt", GOOD).field("owner", "me").post(token, projectId), 400);
        assertThat(unknownField.get("error_code").asText()).isEqualTo("UNKNOWN_FIELD");

        JsonNode badLanguage = problem(
                Uploads.with(api).file("a.txt", GOOD).field("language", "fr").post(token, projectId), 400);
        assertThat(badLanguage.get("error_code").asText()).isEqualTo("UNSUPPORTED_LANGUAGE");

        JsonNode longName = problem(
                Uploads.with(api)
                        .file("a.txt", GOOD)
                        .field("participant", "p".repeat(201))
                        .post(token, projectId),
                400);
        assertThat(longName.get("error_code").asText()).isEqualTo("INVALID_PARTICIPANT");

        JsonNode notMultipart = problem(
                api.http()
                        .post()
                        .uri("/api/projects/" + projectId + "/interviews")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(BodyInserters.fromValue("{}"))
                        .exchange(),
                415);
        assertThat(notMultipart.get("error_code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(interviewRows()).isZero();
    }

    private static JsonNode problem(WebTestClient.ResponseSpec spec, int status) {
        String body = spec.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long interviewRows() {
        return jdbc.queryForObject("SELECT count(*) FROM interviews WHERE project_id = ?::uuid", Long.class, projectId);
    }

    private long rows() {
        return jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM fragments)", Long.class);
    }

    private static Arguments bad(String filename, byte[] content, int status, String code) {
        return Arguments.of(filename, content, status, code);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
