package com.theogen.llm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a run will reach a model, decided once per request from the cost mode, the server's configuration and the
 * user's own key (if any). Record {@code degraded} in the run: it tells the researcher the result comes from the
 * offline analyst although a model was expected.
 *
 * @param remote whether stages may call the model; {@code false} means use the offline analyst
 * @param degraded {@code true} when a model was expected but no key was available, so the run falls back to
 *     offline
 * @param provider the configured provider
 * @param keySource whose key pays for the calls
 * @param reason a short, key-free explanation for logs and the run manifest
 */
public record LlmAccess(boolean remote, boolean degraded, ProviderKind provider, KeySource keySource, String reason) {

    /** Whose key pays. */
    public enum KeySource {
        SERVER,
        USER,
        NONE;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
