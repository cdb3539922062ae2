package com.theogen.llm;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Why a transcription failed, as the job's {@code error_code}; see docs/interviews.md. */
public enum TranscriptionError implements ErrorCode {
    /** No transcription provider is configured, or it cannot be reached (after retries). */
    TRANSCRIPTION_UNAVAILABLE(ErrorCategory.UNAVAILABLE, true),
    /** The provider kept answering 429 through every retry. */
    TRANSCRIPTION_RATE_LIMITED(ErrorCategory.UNAVAILABLE, true),
    /** The provider did not answer in time, through every retry. */
    TRANSCRIPTION_TIMEOUT(ErrorCategory.UNAVAILABLE, true),
    /** The provider refused the key (the server's, or the user's own). */
    TRANSCRIPTION_AUTH_FAILED(ErrorCategory.UNAVAILABLE, false),
    /** The provider refused the request (format, size, language …). */
    TRANSCRIPTION_REJECTED(ErrorCategory.UNAVAILABLE, false),
    /** The provider answered something that is not a transcription in its documented format. */
    TRANSCRIPTION_OUTPUT_INVALID(ErrorCategory.UNAVAILABLE, true),
    /** The provider heard no speech in the whole recording. */
    TRANSCRIPTION_EMPTY(ErrorCategory.INVALID_INPUT, false);

    private final ErrorCategory category;
    private final boolean retriable;

    TranscriptionError(ErrorCategory category, boolean retriable) {
        this.category = category;
        this.retriable = retriable;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean retriable() {
        return retriable;
    }
}
