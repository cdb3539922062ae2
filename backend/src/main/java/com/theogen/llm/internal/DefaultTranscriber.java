package com.theogen.llm.internal;

import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.ProviderKind;
import com.theogen.llm.SpeechInput;
import com.theogen.llm.TranscribedSegment;
import com.theogen.llm.Transcriber;
import com.theogen.llm.TranscriptionError;
import com.theogen.llm.TranscriptionLimits;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Transcriber} of the configured speech provider. Requests go through the LLM layer's
 * {@link ResilientCaller} (concurrency cap, per-request timeout, exponential back-off with jitter or the server's
 * {@code Retry-After} on 429/5xx/time-outs), and final failures become {@link TranscriptionError}s.
 */
final class DefaultTranscriber implements Transcriber {

    private static final Logger log = LoggerFactory.getLogger(DefaultTranscriber.class);
    private static final Set<String> OPENAI_FORMATS = Set.of("mp3", "mp4", "m4a", "wav", "webm", "ogg");
    private static final Set<String> AZURE_FORMATS = Set.of("mp3", "m4a", "aac", "wav", "webm", "ogg");

    private final LlmProperties.Transcription config;
    private final Optional<SpeechApi> api;
    private final AccessPolicy policy;
    private final ResilientCaller caller;
    private final HttpClient http;

    DefaultTranscriber(LlmProperties properties, Optional<SpeechApi> api, ResilientCaller caller, HttpClient http) {
        this.config = properties.transcription();
        this.api = api;
        this.caller = caller;
        this.http = http;
        boolean serverKey =
                api.map(a -> a.keyless() || a.serverKey().isPresent()).orElse(false);
        this.policy = new AccessPolicy(config.provider(), properties, serverKey);
    }

    @Override
    public LlmAccess access(Optional<ByoKey> userKey) {
        return policy.decide(userKey);
    }

    @Override
    public TranscriptionLimits limits() {
        boolean azure = config.provider() == ProviderKind.AZURE;
        long bytes = config.maxRequestSize() != null
                ? config.maxRequestSize().toBytes()
                : (azure ? 200L : 25L) * 1024 * 1024;
        Duration duration = config.maxRequestDuration() != null
                ? config.maxRequestDuration()
                : azure ? Duration.ofHours(2) : Duration.ofMinutes(20);
        return new TranscriptionLimits(
                bytes,
                duration.toMillis(),
                azure ? AZURE_FORMATS : OPENAI_FORMATS,
                config.maxDuration().toMillis());
    }

    @Override
    public List<TranscribedSegment> transcribe(SpeechInput input, Language language, LlmRunContext run) {
        SpeechApi speech = api.orElseThrow(() -> new DomainException(
                TranscriptionError.TRANSCRIPTION_UNAVAILABLE, "No transcription provider is configured"));
        LlmAccess access = policy.decide(run.userKey());
        if (!access.remote()) {
            throw new DomainException(
                    TranscriptionError.TRANSCRIPTION_UNAVAILABLE, "No transcription is possible: " + access.reason());
        }
        boolean userKey = access.keySource() == LlmAccess.KeySource.USER;
        Optional<String> key = userKey ? run.userKey().map(ByoKey::reveal) : speech.serverKey();
        List<String> secrets = new ArrayList<>();
        key.ifPresent(secrets::add);
        try {
            return caller.execute(
                    speech.name(),
                    run,
                    new CallStats(),
                    timeout -> send(
                            speech,
                            input,
                            language,
                            key,
                            timeout.compareTo(config.timeout()) < 0 ? timeout : config.timeout(),
                            secrets));
        } catch (ProviderFailure failure) {
            log.warn(
                    "transcription failed provider={} kind={} status={}",
                    speech.name(),
                    failure.kind(),
                    failure.status());
            throw SpeechFailures.toError(failure, speech.name(), userKey);
        } catch (DomainException e) {
            if ("LLM_DEADLINE_EXCEEDED".equals(e.errorCode())) {
                throw new DomainException(TranscriptionError.TRANSCRIPTION_TIMEOUT, e.getMessage());
            }
            throw e;
        }
    }

    private List<TranscribedSegment> send(
            SpeechApi speech,
            SpeechInput input,
            Language language,
            Optional<String> key,
            Duration timeout,
            List<String> secrets) {
        HttpResponse<String> response;
        try {
            response = http.send(speech.request(input, language, key, timeout), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw SpeechFailures.io(e, secrets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.canceled();
        }
        if (response.statusCode() / 100 != 2) {
            throw SpeechFailures.status(response.statusCode(), response.body(), response.headers(), secrets);
        }
        return speech.parse(response.body(), input);
    }
}
