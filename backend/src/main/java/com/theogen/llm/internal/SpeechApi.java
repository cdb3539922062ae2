package com.theogen.llm.internal;

import com.theogen.llm.SpeechInput;
import com.theogen.llm.TranscribedSegment;
import com.theogen.shared.Language;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One speech-to-text wire format: how to ask, and how to read the answer. */
interface SpeechApi {

    /** Name for logs and metrics, e.g. {@code azure-speech} or the model. */
    String name();

    /** The server's key, if one is configured. */
    Optional<String> serverKey();

    /** Whether the server needs no key at all (keyless OpenAI-compatible servers). */
    boolean keyless();

    /** Builds the request; {@code key} is empty for a keyless server. */
    HttpRequest request(SpeechInput input, Language language, Optional<String> key, Duration timeout)
            throws IOException;

    /**
     * Reads a 200 answer.
     *
     * @throws ProviderFailure {@code INVALID_RESPONSE} when the body is not the documented shape
     */
    List<TranscribedSegment> parse(String body, SpeechInput input);
}
