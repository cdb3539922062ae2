package com.theogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.SpeechInput;
import com.theogen.llm.TranscribedSegment;
import com.theogen.shared.Language;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's {@code POST /audio/transcriptions} (also served by vLLM, LocalAI, faster-whisper servers …):
 * multipart {@code file}, {@code model}, {@code language}, {@code response_format=verbose_json} with
 * {@code timestamp_granularities[]=segment}; the answer's {@code segments} carry {@code start}/{@code end} in
 * seconds. With {@code diarized_json} segments also carry a {@code speaker}.
 */
final class OpenAiSpeechApi implements SpeechApi {

    private final LlmProperties.OpenAi server;
    private final LlmProperties.Transcription config;

    OpenAiSpeechApi(LlmProperties.OpenAi server, LlmProperties.Transcription config) {
        this.server = server;
        this.config = config;
    }

    @Override
    public String name() {
        return config.model();
    }

    @Override
    public Optional<String> serverKey() {
        return LlmProperties.hasKey(server.apiKey()) ? Optional.of(server.apiKey()) : Optional.empty();
    }

    @Override
    public boolean keyless() {
        return server.keyless();
    }

    @Override
    public HttpRequest request(SpeechInput input, Language language, Optional<String> key, Duration timeout)
            throws IOException {
        SpeechMultipart body = new SpeechMultipart()
                .file("file", input.filename(), input.contentType(), input.file())
                .field("model", config.model())
                .field("language", language.code())
                .field("response_format", config.responseFormat());
        if (config.responseFormat().equals("diarized_json")) {
            body.field("chunking_strategy", "auto");
        } else {
            body.field("timestamp_granularities[]", "segment");
        }
        String base = server.baseUrl().endsWith("/") ? server.baseUrl() : server.baseUrl() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "audio/transcriptions"))
                .timeout(timeout)
                .header("Content-Type", body.contentType())
                .POST(body.body());
        key.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        return request.build();
    }

    @Override
    public List<TranscribedSegment> parse(String body, SpeechInput input) {
        JsonNode root = SpeechFailures.object(body);
        JsonNode segments = root.path("segments");
        List<TranscribedSegment> out = new ArrayList<>();
        if (segments.isArray()) {
            for (JsonNode segment : segments) {
                if (!segment.path("start").isNumber() || !segment.path("end").isNumber()) {
                    throw SpeechFailures.invalid("a segment has no numeric start/end");
                }
                long start = Math.round(segment.path("start").asDouble() * 1000);
                long end = Math.round(segment.path("end").asDouble() * 1000);
                String speaker = segment.hasNonNull("speaker")
                        ? "Speaker " + segment.path("speaker").asText()
                        : null;
                out.add(new TranscribedSegment(
                        start,
                        Math.max(start, end),
                        speaker,
                        segment.path("text").asText("")));
            }
            return out;
        }
        if (root.path("text").isTextual()) {
            String text = root.path("text").asText();
            return text.isBlank() ? List.of() : List.of(new TranscribedSegment(0, input.durationMs(), null, text));
        }
        throw SpeechFailures.invalid("the answer has neither segments nor text");
    }
}
