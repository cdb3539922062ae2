package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.MediaFixtures;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Transcription jobs end to end against a local server speaking OpenAI's {@code /v1/audio/transcriptions}
 * (diarized JSON): a recording longer than one request may carry is decoded and cut into pieces whose segment
 * times are joined exactly; provider failures leave the interview failed with a clear code, and a retry from the
 * list transcribes it. Requests may carry 4 s of audio here, and a failing request is tried twice.
 */
@IntegrationTest
class TranscriptionJobTest {

    static final String KEY = "sk-transcribe-0123456789";
    static final ScriptedLlmServer server = start();

    @DynamicPropertySource
    static void transcription(DynamicPropertyRegistry registry) {
        registry.add("theogen.llm.transcription.provider", () -> "openai");
        registry.add("theogen.llm.transcription.response-format", () -> "diarized_json");
        registry.add("theogen.llm.transcription.model", () -> "gpt-4o-transcribe-diarize");
        registry.add("theogen.llm.transcription.max-request-duration", () -> "PT4S");
        registry.add("theogen.llm.openai.base-url", server::baseUrl);
        registry.add("theogen.llm.openai.api-key", () -> KEY);
        registry.add("theogen.llm.calls.max-attempts", () -> "2");
        registry.add("theogen.llm.calls.initial-backoff", () -> "PT0.05S");
        registry.add("theogen.llm.calls.max-backoff", () -> "PT0.1S");
    }

    @Autowired
    ApiClient api;

    @TempDir
    Path dir;

    String token;
    String projectId;

    @BeforeEach
    void userWithProject() {
        server.clearScript();
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Transcribed", "language", "en"))
                .get("id")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void transcribesALongRecordingInPiecesAndJoinsTheirTimesExactly() throws Exception {
        server.enqueue(
                Reply.whisper(
                        new Object[] {0.2, 1.5, "How do you organise your week?", "A"},
                        new Object[] {1.6, 3.4, "Around the night shifts.", "B"}),
                Reply.whisper(
                        new Object[] {0.1, 2.0, "And the children?", "A"},
                        new Object[] {2.1, 3.5, "My mother helps.", "B"}),
                Reply.whisper(new Object[] {0.05, 1.9, "Thank you.", "A"}));
        Path ogg = MediaFixtures.encode(MediaFixtures.wav(dir, "long.wav", 10, 1.9), dir, "long.ogg", "libopus", false);

        JsonNode uploaded =
                Uploads.with(api).file("marta.ogg", Files.readAllBytes(ogg)).created(token, projectId);
        assertThat(uploaded.get("status").asText()).isEqualTo("transcribing");
        String id = uploaded.get("id").asText();
        JsonNode ready = awaitStatus(id, "ready");

        List<ScriptedLlmServer.Received> requests = server.requests();
        assertThat(requests).hasSize(3);
        long[] offsets = new long[3];
        for (int i = 0; i < 3; i++) {
            ScriptedLlmServer.Part file = requests.get(i).parts().get("file");
            assertThat(file.contentType()).isEqualTo("audio/wav");
            assertThat(requests.get(i).parts().get("language").text()).isEqualTo("en");
            long pieceMs = (file.content().length - 44) / 32;
            assertThat(pieceMs).isLessThanOrEqualTo(4000);
            if (i < 2) {
                offsets[i + 1] = offsets[i] + pieceMs;
            }
        }
        assertThat(ready.get("speakers")).extracting(JsonNode::asText).containsExactly("Speaker A", "Speaker B");
        assertThat(ready.get("has_timestamps").asBoolean()).isTrue();

        JsonNode fragments = api.get(token, "/api/interviews/" + id + "/fragments")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("items");
        assertThat(fragments).hasSize(5);
        long[][] expected = {
            {200, 1500},
            {1600, 3400},
            {offsets[1] + 100, offsets[1] + 2000},
            {offsets[1] + 2100, offsets[1] + 3500},
            {offsets[2] + 50, offsets[2] + 1900}
        };
        for (int i = 0; i < 5; i++) {
            assertThat(fragments.get(i).get("start_ms").asLong())
                    .as("start of fragment %d", i)
                    .isEqualTo(expected[i][0]);
            assertThat(fragments.get(i).get("end_ms").asLong())
                    .as("end of fragment %d", i)
                    .isEqualTo(expected[i][1]);
        }
        assertThat(fragments.get(3).get("speaker").asText()).isEqualTo("Speaker B");
        assertThat(fragments.get(3).get("text").asText()).isEqualTo("My mother helps.");
    }

    @Test
    void aProviderThatKeepsFailingLeavesTheInterviewFailedAndARetryTranscribesIt() throws Exception {
        server.enqueue(Reply.serverError(), Reply.serverError());
        Path wav = MediaFixtures.wav(dir, "short.wav", 2, 0);
        String id = Uploads.with(api)
                .file("ana.wav", Files.readAllBytes(wav))
                .created(token, projectId)
                .get("id")
                .asText();

        JsonNode failed = awaitStatus(id, "failed");
        assertThat(failed.path("transcription").path("error_code").asText()).isEqualTo("TRANSCRIPTION_UNAVAILABLE");
        assertThat(server.requests()).hasSize(2);
        JsonNode job = api.get(
                        token,
                        "/api/projects/" + projectId + "/jobs/"
                                + failed.path("transcription").path("job_id").asText())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("error_code").asText()).isEqualTo("TRANSCRIPTION_UNAVAILABLE");

        server.enqueue(Reply.whisper(new Object[] {0.0, 1.8, "Now it works.", "A"}));
        api.http()
                .post()
                .uri("/api/interviews/" + id + "/transcription/retry")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("transcribing");
        JsonNode ready = awaitStatus(id, "ready");
        assertThat(ready.get("fragment_count").asInt()).isEqualTo(1);
        assertThat(ready.path("transcription").path("error_code").isNull()).isTrue();
    }

    @Test
    void aMalformedAnswerFailsWithOutputInvalid() throws Exception {
        server.enqueue(Reply.raw(200, "<html>gateway says hi</html>"), Reply.raw(200, "<html>gateway says hi</html>"));
        Path wav = MediaFixtures.wav(dir, "m.wav", 1, 0);
        String id = Uploads.with(api)
                .file("m.wav", Files.readAllBytes(wav))
                .created(token, projectId)
                .get("id")
                .asText();
        JsonNode failed = awaitStatus(id, "failed");
        assertThat(failed.path("transcription").path("error_code").asText()).isEqualTo("TRANSCRIPTION_OUTPUT_INVALID");
    }

    private JsonNode awaitStatus(String interviewId, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonNode page = api.get(token, "/api/projects/" + projectId + "/interviews")
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(JsonNode.class)
                            .returnResult()
                            .getResponseBody();
                    for (JsonNode item : page.get("items")) {
                        if (item.get("id").asText().equals(interviewId)) {
                            last[0] = item;
                        }
                    }
                    return last[0] != null && last[0].get("status").asText().equals(status);
                });
        return last[0];
    }

    private static ScriptedLlmServer start() {
        try {
            return new ScriptedLlmServer(Dialect.OPENAI, KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
