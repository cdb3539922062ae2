package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.llm.ByoKey;
import com.theogen.llm.CostMode;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ProviderKind;
import com.theogen.llm.SpeechInput;
import com.theogen.llm.TranscribedSegment;
import com.theogen.llm.TranscriptionError;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech-to-text adapters against a local server speaking OpenAI's {@code /v1/audio/transcriptions} and Azure
 * AI Speech's fast transcription wire formats: what is sent (multipart fields, key header, locale, diarization),
 * how answers are read, and how 429, 500, time-outs and malformed answers end.
 */
class TranscriberWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime();

    @Test
    void sendsTheAudioToOpenAiAndReadsVerboseJsonSegments() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY)) {
            server.enqueue(
                    Reply.whisper(new Object[] {0.0, 2.5, "Hola, ¿qué tal?"}, new Object[] {2.5, 4.04, "Bien."}));
            DefaultTranscriber transcriber = openai(server, transcription(ProviderKind.OPENAI), CostMode.PAID, false);

            List<TranscribedSegment> segments = transcriber.transcribe(input(), Language.ES, run(Optional.empty()));

            assertThat(segments)
                    .containsExactly(
                            new TranscribedSegment(0, 2500, null, " Hola, ¿qué tal?"),
                            new TranscribedSegment(2500, 4040, null, " Bien."));
            ScriptedLlmServer.Received sent = server.request(0);
            assertThat(sent.path()).isEqualTo("/v1/audio/transcriptions");
            assertThat(sent.header("authorization")).contains("Bearer " + TestLlm.SERVER_KEY);
            assertThat(sent.parts().get("model").text()).isEqualTo("whisper-1");
            assertThat(sent.parts().get("language").text()).isEqualTo("es");
            assertThat(sent.parts().get("response_format").text()).isEqualTo("verbose_json");
            assertThat(sent.parts().get("timestamp_granularities[]").text()).isEqualTo("segment");
            assertThat(sent.parts().get("file").filename()).isEqualTo("piece.wav");
            assertThat(sent.parts().get("file").content()).isEqualTo(Files.readAllBytes(input().file()));
        }
    }

    @Test
    void sendsTheAudioToAzureWithDiarizationAndReadsPhrasesWithSpeakers() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.AZURE_SPEECH, "azure-speech-key-123")) {
            server.enqueue(Reply.azurePhrases(
                    5000, new Object[] {960L, 640L, 1, "Good afternoon."}, new Object[] {1700L, 900L, 2, "Hi there."}));
            LlmProperties.Transcription config = new LlmProperties.Transcription(
                    ProviderKind.AZURE,
                    new LlmProperties.AzureSpeech(server.baseUrl(), "azure-speech-key-123", null, 3),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            DefaultTranscriber transcriber =
                    build(properties(config, CostMode.PAID, false), Optional.of(new AzureSpeechApi(config.azure())));

            List<TranscribedSegment> segments = transcriber.transcribe(input(), Language.EN, run(Optional.empty()));

            assertThat(segments)
                    .containsExactly(
                            new TranscribedSegment(960, 1600, "Speaker 1", "Good afternoon."),
                            new TranscribedSegment(1700, 2600, "Speaker 2", "Hi there."));
            ScriptedLlmServer.Received sent = server.request(0);
            assertThat(sent.query()).isEqualTo("api-version=2024-11-15");
            assertThat(sent.header("ocp-apim-subscription-key")).contains("azure-speech-key-123");
            JsonNode definition = JSON.readTree(sent.parts().get("definition").text());
            assertThat(definition.path("locales").get(0).asText()).isEqualTo("en-US");
            assertThat(definition.path("diarization").path("enabled").asBoolean())
                    .isTrue();
            assertThat(definition.path("diarization").path("maxSpeakers").asInt())
                    .isEqualTo(3);
            assertThat(sent.parts().get("audio").content()).isEqualTo(Files.readAllBytes(input().file()));
        }
    }

    @Test
    void retriesRateLimitsAndServerErrorsThenSucceeds() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY)) {
            server.enqueue(Reply.rateLimited("7"), Reply.serverError(), Reply.whisper(new Object[] {0.0, 1.0, "ok"}));
            DefaultTranscriber transcriber = openai(server, transcription(ProviderKind.OPENAI), CostMode.PAID, false);

            assertThat(transcriber.transcribe(input(), Language.EN, run(Optional.empty())))
                    .hasSize(1);
            assertThat(server.requests()).hasSize(3);
            assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        }
    }

    @Test
    void endsRateLimitedAfterTheLastAttempt() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.AZURE_SPEECH, "k-azure-0001")) {
            for (int i = 0; i < 4; i++) {
                server.enqueue(new Reply(
                        429,
                        "{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}",
                        java.util.Map.of("Retry-After", "1"),
                        Duration.ZERO,
                        false));
            }
            LlmProperties.Transcription config = new LlmProperties.Transcription(
                    ProviderKind.AZURE,
                    new LlmProperties.AzureSpeech(server.baseUrl(), "k-azure-0001", null, 0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            DefaultTranscriber transcriber =
                    build(properties(config, CostMode.PAID, false), Optional.of(new AzureSpeechApi(config.azure())));

            assertThatThrownBy(() -> transcriber.transcribe(input(), Language.EN, run(Optional.empty())))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(TranscriptionError.TRANSCRIPTION_RATE_LIMITED);
                        assertThat(e.retriable()).isTrue();
                        assertThat(e.getMessage()).contains("slow down");
                    });
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void aMalformedAnswerIsOutputInvalid() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY)) {
            server.enqueue(Reply.raw(200, "{\"segments\": [{\"start\": \"soon\", \"text\": \"x\"}]}"));
            DefaultTranscriber transcriber = openai(server, transcription(ProviderKind.OPENAI), CostMode.PAID, false);
            assertThatThrownBy(() -> transcriber.transcribe(input(), Language.EN, run(Optional.empty())))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                            .isEqualTo(TranscriptionError.TRANSCRIPTION_OUTPUT_INVALID));
        }
    }

    @Test
    void aServerThatNeverAnswersInTimeIsATimeout() throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY)) {
            for (int i = 0; i < 4; i++) {
                server.enqueue(Reply.whisper(new Object[] {0.0, 1.0, "late"}).after(Duration.ofMillis(1500)));
            }
            LlmProperties.Transcription config = new LlmProperties.Transcription(
                    ProviderKind.OPENAI, null, null, null, null, null, null, Duration.ofMillis(300));
            DefaultTranscriber transcriber = openai(server, config, CostMode.PAID, false);
            assertThatThrownBy(() -> transcriber.transcribe(input(), Language.EN, run(Optional.empty())))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                            .isEqualTo(TranscriptionError.TRANSCRIPTION_TIMEOUT));
        }
    }

    @Test
    void usesTheUsersOwnKeyForThatCallOnlyAndNeverEchoesIt() throws Exception {
        String userKey = "sk-user-abcdefghijklmnop";
        try (ScriptedLlmServer server = new ScriptedLlmServer(Dialect.OPENAI, userKey)) {
            server.enqueue(Reply.whisper(new Object[] {0.0, 1.0, "mine"}));
            DefaultTranscriber transcriber = openai(server, transcription(ProviderKind.OPENAI), CostMode.HYBRID, true);
            transcriber.transcribe(input(), Language.EN, run(ByoKey.fromHeader(userKey)));
            assertThat(server.request(0).header("authorization")).contains("Bearer " + userKey);

            server.enqueue(Reply.error(
                    401, "Incorrect API key provided: " + userKey, "invalid_request_error", null, "invalid_api_key"));
            assertThatThrownBy(() -> transcriber.transcribe(input(), Language.EN, run(ByoKey.fromHeader(userKey))))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(TranscriptionError.TRANSCRIPTION_AUTH_FAILED);
                        assertThat(e.getMessage()).contains("your API key").doesNotContain(userKey);
                    });
        }
    }

    private DefaultTranscriber openai(
            ScriptedLlmServer server, LlmProperties.Transcription config, CostMode mode, boolean byo) {
        LlmProperties properties = properties(config, mode, byo, server.baseUrl());
        return build(properties, Optional.of(new OpenAiSpeechApi(properties.openai(), config)));
    }

    private DefaultTranscriber build(LlmProperties properties, Optional<SpeechApi> api) {
        ResilientCaller caller = new ResilientCaller(
                properties.calls(), time, time, () -> 0.5, new LlmMetrics(new SimpleMeterRegistry(), "t"));
        return new DefaultTranscriber(properties, api, caller, HttpClient.newHttpClient());
    }

    private static LlmProperties properties(LlmProperties.Transcription config, CostMode mode, boolean byo) {
        return properties(config, mode, byo, "http://127.0.0.1:9/v1");
    }

    private static LlmProperties properties(
            LlmProperties.Transcription config, CostMode mode, boolean byo, String baseUrl) {
        LlmProperties base = TestLlm.openai(baseUrl).costMode(mode, byo).properties();
        return new LlmProperties(
                base.provider(),
                base.costMode(),
                base.allowByoKey(),
                base.azure(),
                new LlmProperties.OpenAi(baseUrl, TestLlm.SERVER_KEY, false),
                base.models(),
                base.calls(),
                base.budget(),
                config);
    }

    private static LlmProperties.Transcription transcription(ProviderKind provider) {
        return new LlmProperties.Transcription(provider, null, null, null, null, null, null, null);
    }

    private SpeechInput input() throws Exception {
        Path file = dir.resolve("piece.wav");
        if (!Files.exists(file)) {
            Files.write(file, "RIFF----WAVEfmt pretend audio bytes".getBytes());
        }
        return new SpeechInput(file, "piece.wav", "audio/wav", 4040);
    }

    private LlmRunContext run(Optional<ByoKey> key) {
        return new LlmRunContext(key, time.instant().plus(Duration.ofHours(1)), () -> false, new LlmRunLog());
    }
}
