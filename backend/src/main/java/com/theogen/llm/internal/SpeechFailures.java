package com.theogen.llm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.llm.TranscriptionError;
import com.theogen.llm.internal.ProviderFailure.Kind;
import com.theogen.shared.DomainException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Classifies speech-to-text failures for retries, and turns a final one into a {@link TranscriptionError}. */
final class SpeechFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpeechFailures() {}

    /** A 200 answer's JSON object, or {@code INVALID_RESPONSE}. */
    static JsonNode object(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (IOException e) {
            // not JSON at all
        }
        throw invalid("the answer is not a JSON object");
    }

    static ProviderFailure invalid(String why) {
        return new ProviderFailure(Kind.INVALID_RESPONSE, 200, why, null, null);
    }

    static ProviderFailure io(IOException error, Collection<String> secrets) {
        boolean timeout = error instanceof HttpTimeoutException;
        return new ProviderFailure(
                timeout ? Kind.TIMEOUT : Kind.CONNECTION,
                0,
                KeyRedactor.redact(error.getClass().getSimpleName() + ": " + error.getMessage(), secrets),
                null,
                null);
    }

    static ProviderFailure status(int status, String body, HttpHeaders headers, Collection<String> secrets) {
        String message = KeyRedactor.redact(message(body), secrets);
        Duration retryAfter = headers.firstValue("Retry-After")
                .flatMap(SpeechFailures::seconds)
                .orElse(null);
        Kind kind;
        if (status == 429) {
            kind = Kind.RATE_LIMITED;
        } else if (status >= 500) {
            kind = Kind.SERVER_ERROR;
        } else if (status == 408) {
            kind = Kind.TIMEOUT;
        } else if (status == 401 || status == 403) {
            kind = Kind.AUTH;
        } else {
            kind = Kind.REJECTED;
        }
        return new ProviderFailure(kind, status, message, kind.transientFailure ? retryAfter : null, null);
    }

    static DomainException toError(ProviderFailure failure, String provider, boolean userKey) {
        String said = failure.getMessage() == null || failure.getMessage().isBlank() ? "" : ": " + failure.getMessage();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", provider);
        if (failure.status() > 0) {
            details.put("provider_status", failure.status());
        }
        return switch (failure.kind()) {
            case RATE_LIMITED ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_RATE_LIMITED,
                        "The transcription service (" + provider + ") is rate-limiting requests; retry later" + said,
                        details);
            case TIMEOUT ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_TIMEOUT,
                        "The transcription service (" + provider + ") did not answer in time",
                        details);
            case SERVER_ERROR, CONNECTION ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_UNAVAILABLE,
                        "The transcription service (" + provider + ") is unavailable" + said,
                        details);
            case AUTH ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_AUTH_FAILED,
                        "The transcription service (" + provider + ") rejected "
                                + (userKey ? "your API key" : "the server's credentials"),
                        details);
            case INVALID_RESPONSE ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_OUTPUT_INVALID,
                        "The transcription service (" + provider + ") answered something unreadable" + said,
                        details);
            case UNSUPPORTED_PARAMETER, CONTEXT_LENGTH, REJECTED ->
                new DomainException(
                        TranscriptionError.TRANSCRIPTION_REJECTED,
                        "The transcription service (" + provider + ") refused the recording" + said,
                        details);
        };
    }

    /** The {@code message} of OpenAI's {@code {"error":{…}}} or Azure's {@code {"code","message"}} bodies. */
    private static String message(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.path("error").path("message").isTextual()) {
                return root.path("error").path("message").asText();
            }
            if (root != null && root.path("message").isTextual()) {
                return root.path("message").asText();
            }
        } catch (IOException e) {
            // not JSON: use the text itself
        }
        return body == null ? "" : body;
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
