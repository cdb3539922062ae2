package com.theogen.llm.internal;

import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.theogen.llm.internal.LlmProvider.ChatCall;
import com.theogen.llm.internal.ProviderFailure.Kind;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Classifies what openai-java throws. Real servers differ: OpenAI and Azure name the rejected parameter in {@code
 * error.param}; vLLM, Ollama and older Azure api-versions often only mention it in the message. Only parameters that
 * were actually sent can be blamed, so a message naming both {@code max_tokens} and {@code max_completion_tokens}
 * is unambiguous.
 */
final class ProviderErrors {

    static final String TEMPERATURE = "temperature";
    static final String RESPONSE_FORMAT = "response_format";
    static final String PROMPT_CACHE_KEY = "prompt_cache_key";

    private static final Pattern CONTEXT_LENGTH = Pattern.compile(
            "context_length_exceeded|maximum context length|context length|too many tokens|prompt is too long",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS_PREFIX = Pattern.compile("^\\d{3}: ");

    private ProviderErrors() {}

    static ProviderFailure map(RuntimeException error, ChatCall call, Collection<String> secrets, Clock clock) {
        if (error instanceof OpenAIServiceException service) {
            return service(service, call, secrets, clock);
        }
        if (error instanceof OpenAIIoException io) {
            boolean timeout = causedBy(io, InterruptedIOException.class);
            String message = KeyRedactor.redact(io.getMessage(), secrets);
            return new ProviderFailure(timeout ? Kind.TIMEOUT : Kind.CONNECTION, 0, message, null, null);
        }
        if (error instanceof OpenAIInvalidDataException invalid) {
            return new ProviderFailure(
                    Kind.INVALID_RESPONSE, 0, KeyRedactor.redact(invalid.getMessage(), secrets), null, null);
        }
        return new ProviderFailure(
                Kind.INVALID_RESPONSE,
                0,
                error.getClass().getSimpleName() + ": " + KeyRedactor.redact(error.getMessage(), secrets),
                null,
                null);
    }

    private static ProviderFailure service(
            OpenAIServiceException error, ChatCall call, Collection<String> secrets, Clock clock) {
        int status = error.statusCode();
        String message = KeyRedactor.redact(
                STATUS_PREFIX.matcher(String.valueOf(error.getMessage())).replaceFirst(""), secrets);
        Duration retryAfter = retryAfter(error.headers(), clock).orElse(null);
        if (status == 429) {
            return new ProviderFailure(Kind.RATE_LIMITED, status, message, retryAfter, null);
        }
        if (status >= 500) {
            return new ProviderFailure(Kind.SERVER_ERROR, status, message, retryAfter, null);
        }
        if (status == 408) {
            return new ProviderFailure(Kind.TIMEOUT, status, message, retryAfter, null);
        }
        if (status == 401 || status == 403) {
            return new ProviderFailure(Kind.AUTH, status, message, null, null);
        }
        if (status == 400 || status == 422) {
            String param = safe(error::param);
            String code = safe(error::code);
            if ("context_length_exceeded".equals(code)
                    || CONTEXT_LENGTH.matcher(message).find()) {
                return new ProviderFailure(Kind.CONTEXT_LENGTH, status, message, null, null);
            }
            Optional<String> rejected = call == null ? Optional.empty() : rejectedParameter(call, param, message);
            if (rejected.isPresent()) {
                return new ProviderFailure(Kind.UNSUPPORTED_PARAMETER, status, message, null, rejected.get());
            }
        }
        return new ProviderFailure(Kind.REJECTED, status, message, null, null);
    }

    /** Which of the optional parameters {@code call} sent the error blames, if any. */
    static Optional<String> rejectedParameter(ChatCall call, String param, String message) {
        List<String> sent = new ArrayList<>();
        if (call.temperature() != null) {
            sent.add(TEMPERATURE);
        }
        if (call.format() != LlmProvider.Format.NONE) {
            sent.add(RESPONSE_FORMAT);
        }
        if (call.tokenParameter() != null) {
            sent.add(call.tokenParameter().name().toLowerCase(Locale.ROOT));
        }
        if (call.cacheKey() != null) {
            sent.add(PROMPT_CACHE_KEY);
        }
        if (param != null) {
            String named = param.toLowerCase(Locale.ROOT);
            for (String candidate : sent) {
                if (named.equals(candidate) || named.startsWith(candidate + ".") || named.startsWith(candidate + "[")) {
                    return Optional.of(candidate);
                }
            }
        }
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        for (String candidate : sent) {
            if (mentions(text, candidate)
                    || (candidate.equals(RESPONSE_FORMAT)
                            && (mentions(text, "json_schema") || mentions(text, "json_object")))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code retry-after-ms} (OpenAI, Azure) wins over {@code Retry-After}, which may be seconds or an HTTP date.
     */
    static Optional<Duration> retryAfter(Headers headers, Clock clock) {
        Optional<String> millis = first(headers, "retry-after-ms");
        try {
            if (millis.isPresent()) {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get()))));
            }
            Optional<String> value = first(headers, "retry-after");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String text = value.get().strip();
            if (text.matches("\\d+(\\.\\d+)?")) {
                return Optional.of(Duration.ofMillis((long) (Double.parseDouble(text) * 1000)));
            }
            ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Headers headers, String name) {
        return headers.values(name).stream().findFirst();
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile("(?<![a-z_])" + Pattern.quote(word) + "(?![a-z_])")
                .matcher(text)
                .find();
    }

    /** openai-java throws when an error field has an unexpected JSON type (vLLM sends a numeric code). */
    private static String safe(Supplier<Optional<String>> field) {
        try {
            return field.get().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
