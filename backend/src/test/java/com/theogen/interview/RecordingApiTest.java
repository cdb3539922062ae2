package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.MediaFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Recordings over HTTP with no transcription provider (the embedded default): a recording is stored at once and
 * waits for a transcript, which the researcher attaches; speakers are renamed; the recording plays through a
 * signed link with range requests; bad recordings are refused naming the file, leaving nothing behind. The test
 * profile allows recordings of up to 2 MB.
 */
@IntegrationTest
class RecordingApiTest {

    static final String VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.200\n<v Speaker 1>¿Cómo organiza su día?\n\n"
            + "00:00:01.200 --> 00:00:02.900\n<v Speaker 2>Con turnos de noche, casi siempre.\n";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    String token;
    String projectId;

    @BeforeEach
    void userWithProject() {
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Audio", "language", "es"))
                .get("id")
                .asText();
    }

    @Test
    void aRecordingWaitsForATranscriptThenBecomesAnInterviewWithTimedSpeakers() throws Exception {
        Path wav = MediaFixtures.wav(dir, "entrevista-03.wav", 3, 0);
        JsonNode interview = Uploads.with(api)
                .file("entrevista-03.wav", Files.readAllBytes(wav))
                .created(token, projectId);

        assertThat(interview.get("status").asText()).isEqualTo("awaiting_transcript");
        assertThat(interview.get("format").asText()).isEqualTo("wav");
        assertThat(interview.get("participant").asText()).isEqualTo("entrevista-03");
        assertThat(interview.get("fragment_count").asInt()).isZero();
        assertThat(interview.path("media").path("duration_ms").asLong()).isBetween(2990L, 3010L);
        assertThat(interview.path("media").path("sha256").asText()).isEqualTo(sha256(wav));
        assertThat(interview.path("transcription").path("error_code").asText()).isEqualTo("TRANSCRIPTION_UNAVAILABLE");
        String id = interview.get("id").asText();

        JsonNode ready = attach(id, "entrevista-03.vtt", VTT)
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("format").asText()).isEqualTo("wav");
        assertThat(ready.get("speakers")).extracting(JsonNode::asText).containsExactly("Speaker 1", "Speaker 2");

        JsonNode renamed = api.http()
                .post()
                .uri("/api/interviews/" + id + "/speakers/rename")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("from", "Speaker 2", "to", "Marta"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(renamed.get("speakers")).extracting(JsonNode::asText).containsExactly("Speaker 1", "Marta");

        JsonNode detail = body(api.get(token, "/api/interviews/" + id));
        assertThat(detail.path("media").path("content_type").asText()).isEqualTo("audio/wav");
        String fullText = detail.get("full_text").asText();
        assertThat(fullText)
                .isEqualTo("Speaker 1: ¿Cómo organiza su día?\n\nMarta: Con turnos de noche, casi siempre.");
        JsonNode fragments =
                body(api.get(token, "/api/interviews/" + id + "/fragments")).get("items");
        JsonNode marta = fragments.get(1);
        assertThat(marta.get("speaker").asText()).isEqualTo("Marta");
        assertThat(marta.get("start_ms").asLong()).isEqualTo(1200);
        assertThat(marta.get("end_ms").asLong()).isEqualTo(2900);
        assertThat(fullText.substring(
                        marta.get("char_start").asInt(), marta.get("char_end").asInt()))
                .isEqualTo(marta.get("text").asText());

        attach(id, "again.vtt", VTT)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("TRANSCRIPT_NOT_AWAITED");
    }

    @Test
    void playsTheRecordingThroughASignedLinkWithRangeRequests() throws Exception {
        Path ogg = MediaFixtures.encode(MediaFixtures.wav(dir, "s.wav", 2, 0), dir, "clip.ogg", "libopus", false);
        byte[] bytes = Files.readAllBytes(ogg);
        String id = Uploads.with(api)
                .file("clip.ogg", bytes)
                .created(token, projectId)
                .get("id")
                .asText();

        JsonNode link = body(api.get(token, "/api/interviews/" + id + "/media-link"));
        assertThat(link.get("content_type").asText()).isEqualTo("audio/ogg");
        String url = link.get("url").asText();
        assertThat(url).startsWith("/api/media/" + id + "?expires=");

        byte[] whole = api.http()
                .get()
                .uri(url)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("audio/ogg")
                .expectHeader()
                .valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(whole).isEqualTo(bytes);

        byte[] part = api.http()
                .get()
                .uri(url)
                .header(HttpHeaders.RANGE, "bytes=100-199")
                .exchange()
                .expectStatus()
                .isEqualTo(206)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_RANGE, "bytes 100-199/" + bytes.length)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(part).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));

        api.http()
                .get()
                .uri(url)
                .header(HttpHeaders.RANGE, "bytes=" + (bytes.length + 10) + "-")
                .exchange()
                .expectStatus()
                .isEqualTo(416);
        api.http()
                .get()
                .uri(url.replaceAll("signature=[^&]+", "signature=forged"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("MEDIA_LINK_INVALID");
        api.http()
                .get()
                .uri(url.replaceAll("expires=\\d+", "expires=1000"))
                .exchange()
                .expectStatus()
                .isForbidden();

        String stranger = api.newUserToken();
        api.get(stranger, "/api/interviews/" + id + "/media-link")
                .exchange()
                .expectStatus()
                .isNotFound();
        api.http()
                .get()
                .uri("/api/interviews/" + id + "/media-link")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void deletingTheInterviewOrTheProjectRemovesTheRecording() throws Exception {
        Path wav = MediaFixtures.wav(dir, "d.wav", 1, 0);
        String first = Uploads.with(api)
                .file("d.wav", Files.readAllBytes(wav))
                .created(token, projectId)
                .get("id")
                .asText();
        String second = Uploads.with(api)
                .file("e.wav", Files.readAllBytes(wav))
                .created(token, projectId)
                .get("id")
                .asText();
        Path projectDir = mediaRoot().resolve(projectId);
        assertThat(projectDir.resolve(first).resolve("original.wav")).exists();

        api.http()
                .delete()
                .uri("/api/interviews/" + first)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(projectDir.resolve(first)).doesNotExist();
        assertThat(projectDir.resolve(second).resolve("original.wav")).exists();

        api.http()
                .delete()
                .uri("/api/projects/" + projectId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(projectDir).doesNotExist();
    }

    @Test
    void refusesBadRecordingsNamingTheFileAndKeepsNothing() throws Exception {
        Path wav = MediaFixtures.wav(dir, "ok.wav", 2, 0);
        Path mp4 = MediaFixtures.encode(wav, dir, "whole.mp4", "aac", true);
        byte[] truncated = Arrays.copyOf(Files.readAllBytes(mp4), 3000);
        byte[] text = "Entrevistadora: hola\nMarta: hola\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        byte[] big = Files.readAllBytes(MediaFixtures.wav(dir, "big.wav", 70, 0)); // 2.2 MB > the 2 MB limit
        long stagedBefore = staged();

        for (Object[] bad : List.of(
                new Object[] {"notes.mp3", text, 400, "MEDIA_UNREADABLE"},
                new Object[] {"cut.mp4", truncated, 400, "MEDIA_UNREADABLE"},
                new Object[] {"empty.wav", new byte[0], 400, "EMPTY_FILE"},
                new Object[] {"huge.wav", big, 413, "FILE_TOO_LARGE"})) {
            String filename = (String) bad[0];
            Uploads.with(api)
                    .file(filename, (byte[]) bad[1])
                    .post(token, projectId)
                    .expectStatus()
                    .isEqualTo((int) bad[2])
                    .expectBody()
                    .jsonPath("$.error_code")
                    .isEqualTo(bad[3])
                    .jsonPath("$.filename")
                    .isEqualTo(filename)
                    .jsonPath("$.detail")
                    .value(d -> assertThat((String) d).startsWith(filename + ": "));
        }
        Integer rows = jdbc.queryForObject(
                "select count(*) from interviews where project_id = ?::uuid", Integer.class, projectId);
        assertThat(rows).isZero();
        assertThat(mediaRoot().resolve(projectId)).doesNotExist();
        assertThat(staged()).isEqualTo(stagedBefore);
    }

    @Test
    void retryWithoutAProviderSaysTranscriptionIsUnavailable() throws Exception {
        Path wav = MediaFixtures.wav(dir, "r.wav", 1, 0);
        String id = Uploads.with(api)
                .file("r.wav", Files.readAllBytes(wav))
                .created(token, projectId)
                .get("id")
                .asText();
        api.http()
                .post()
                .uri("/api/interviews/" + id + "/transcription/retry")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("TRANSCRIPTION_UNAVAILABLE");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec attach(
            String interviewId, String filename, String content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)))
                .filename(filename);
        return api.http()
                .post()
                .uri("/api/interviews/" + interviewId + "/transcript")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    private static JsonNode body(org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> r) {
        return r.exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static Path mediaRoot() {
        return Path.of("target/test-data/media").toAbsolutePath();
    }

    private static long staged() throws IOException {
        try (Stream<Path> files = Files.list(mediaRoot().resolve(".staging"))) {
            return files.count();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
