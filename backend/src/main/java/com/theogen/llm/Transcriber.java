package com.theogen.llm;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Optional;

/**
 * Speech-to-text through the configured provider ({@code theogen.llm.transcription.*}): Azure AI Speech fast
 * transcription (diarization on) or an OpenAI-compatible {@code /audio/transcriptions} endpoint, with the LLM
 * layer's cost modes, users' own keys, retries with back-off on 429/5xx/time-outs and typed errors.
 */
public interface Transcriber {

    /**
     * How a transcription would run now: {@code remote} when a provider and a key (or a keyless server) are there.
     *
     * @throws com.theogen.shared.DomainException {@code BYO_KEY_NOT_ALLOWED} or {@code BYO_KEY_REQUIRED} as for
     *     chat models
     */
    LlmAccess access(Optional<ByoKey> userKey);

    /** What one request may carry, and the longest recording transcribed at all. */
    TranscriptionLimits limits();

    /**
     * Transcribes one input that fits {@link #limits()}. Segments are in order, times relative to the input.
     *
     * @throws com.theogen.shared.DomainException a {@link TranscriptionError} once retries are spent;
     *     {@code CANCELED} when {@code run} was canceled
     */
    List<TranscribedSegment> transcribe(SpeechInput input, Language language, LlmRunContext run);
}
