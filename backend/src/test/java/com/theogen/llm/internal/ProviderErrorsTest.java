package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.http.Headers;
import com.theogen.llm.LlmProperties.TokenParameter;
import com.theogen.llm.internal.LlmProvider.ChatCall;
import com.theogen.llm.internal.LlmProvider.Format;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {

    static ChatCall sent(Double temperature, Format format, TokenParameter token) {
        return new ChatCall(
                "m",
                "s",
                "",
                "u",
                temperature,
                token,
                10,
                format,
                "x",
                Map.of(),
                Optional.empty(),
                Duration.ofSeconds(1),
                null);
    }

    @Test
    void blamesTheParameterTheErrorNames() {
        ChatCall call = sent(0.2, Format.JSON_SCHEMA, TokenParameter.MAX_TOKENS);

        assertThat(ProviderErrors.rejectedParameter(call, "max_tokens", "whatever"))
                .contains("max_tokens");
        assertThat(ProviderErrors.rejectedParameter(call, "response_format.json_schema", "x"))
                .contains("response_format");
        assertThat(ProviderErrors.rejectedParameter(call, "messages", "bad message"))
                .isEmpty();
    }

    @Test
    void blamesOnlyParametersThatWereSentWhenTheMessageNamesSeveral() {
        ChatCall call = sent(null, Format.NONE, TokenParameter.MAX_TOKENS);

        assertThat(ProviderErrors.rejectedParameter(
                        call,
                        null,
                        "Unsupported parameter: 'max_tokens' is not supported with this model. Use"
                                + " 'max_completion_tokens' instead."))
                .contains("max_tokens");
    }

    @Test
    void recognisesJsonSchemaRejectionsThatDoNotSayResponseFormat() {
        ChatCall call = sent(null, Format.JSON_SCHEMA, TokenParameter.MAX_COMPLETION_TOKENS);

        assertThat(ProviderErrors.rejectedParameter(call, null, "json_schema is not supported by this server"))
                .contains("response_format");
    }

    @Test
    void readsRetryAfterAsMillisecondsSecondsOrHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(ProviderErrors.retryAfter(headers("retry-after-ms", "1500", "retry-after", "9"), clock))
                .contains(Duration.ofMillis(1500));
        assertThat(ProviderErrors.retryAfter(headers("Retry-After", "3"), clock))
                .contains(Duration.ofSeconds(3));
        assertThat(ProviderErrors.retryAfter(headers("Retry-After", "Wed, 01 Jan 2025 00:00:07 GMT"), clock))
                .contains(Duration.ofSeconds(7));
        assertThat(ProviderErrors.retryAfter(headers("Retry-After", "soon"), clock))
                .isEmpty();
        assertThat(ProviderErrors.retryAfter(Headers.builder().build(), clock)).isEmpty();
    }

    @Test
    void redactsKeysAndPartsOfKeysFromProviderMessages() {
        String key = "sk-proj-abcdefghijklmnopqrstuvwxyz012345";

        String redacted = KeyRedactor.redact(
                "Incorrect API key provided: " + key + " and sk-proj-abcdefghijklmnop***", java.util.List.of(key));

        assertThat(redacted)
                .doesNotContain(key)
                .doesNotContain("abcdefghijklmnop")
                .contains("[redacted]");
    }

    private static Headers headers(String... pairs) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.put(pairs[i], pairs[i + 1]);
        }
        return builder.build();
    }
}
