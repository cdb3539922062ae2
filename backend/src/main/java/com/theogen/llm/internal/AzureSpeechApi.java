package com.theogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Azure AI Speech fast transcription: {@code POST {endpoint}/speechtotext/transcriptions:transcribe?api-version=…}
 * with the key in {@code Ocp-Apim-Subscription-Key}, multipart {@code audio} and a {@code definition} JSON
 * (locale, diarization on). The answer's {@code phrases} carry {@code offsetMilliseconds},
 * {@code durationMilliseconds}, {@code text} and, with diarization, a numeric {@code speaker}.
 */
final class AzureSpeechApi implements SpeechApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmProperties.AzureSpeech config;

    AzureSpeechApi(LlmProperties.AzureSpeech config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "azure-speech";
    }

    @Override
    public Optional<String> serverKey() {
        return LlmProperties.hasKey(config.apiKey()) ? Optional.of(config.apiKey()) : Optional.empty();
    }

    @Override
    public boolean keyless() {
        return false;
    }

    @Override
    public HttpRequest request(SpeechInput input, Language language, Optional<String> key, Duration timeout)
            throws IOException {
        ObjectNode definition = JSON.createObjectNode();
        definition.putArray("locales").add(locale(language));
        definition.putObject("diarization").put("enabled", true).put("maxSpeakers", config.maxSpeakers());
        SpeechMultipart body = new SpeechMultipart()
                .file("audio", input.filename(), input.contentType(), input.file())
                .field("definition", definition.toString());
        String endpoint = config.endpoint().replaceAll("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        endpoint + "/speechtotext/transcriptions:transcribe?api-version=" + config.apiVersion()))
                .timeout(timeout)
                .header("Content-Type", body.contentType())
                .POST(body.body());
        key.ifPresent(k -> request.header("Ocp-Apim-Subscription-Key", k));
        return request.build();
    }

    @Override
    public List<TranscribedSegment> parse(String body, SpeechInput input) {
        JsonNode root = SpeechFailures.object(body);
        if (!root.path("phrases").isArray()) {
            throw SpeechFailures.invalid("the answer has no phrases");
        }
        int lowestSpeaker = Integer.MAX_VALUE;
        for (JsonNode phrase : root.path("phrases")) {
            if (phrase.path("speaker").isInt()) {
                lowestSpeaker = Math.min(lowestSpeaker, phrase.path("speaker").asInt());
            }
        }
        int shift = lowestSpeaker == 0 ? 1 : 0;
        List<TranscribedSegment> out = new ArrayList<>();
        for (JsonNode phrase : root.path("phrases")) {
            if (!phrase.path("offsetMilliseconds").isNumber()
                    || !phrase.path("durationMilliseconds").isNumber()) {
                throw SpeechFailures.invalid("a phrase has no numeric offset/duration");
            }
            long start = phrase.path("offsetMilliseconds").asLong();
            long end = start + phrase.path("durationMilliseconds").asLong();
            String speaker = phrase.path("speaker").isInt()
                    ? "Speaker " + (phrase.path("speaker").asInt() + shift)
                    : null;
            out.add(new TranscribedSegment(
                    start, end, speaker, phrase.path("text").asText("")));
        }
        return out;
    }

    static String locale(Language language) {
        return switch (language) {
            case ES -> "es-ES";
            case EN -> "en-US";
        };
    }
}
