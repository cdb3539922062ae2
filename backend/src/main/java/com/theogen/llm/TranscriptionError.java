package com.theogen.llm;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.UNAVAILABLE;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import com.theogen.shared.ErrorCode.Retriable;

/** Why a transcription failed, as the job's {@code error_code}; see docs/interviews.md. */
@Category(UNAVAILABLE)
public enum TranscriptionError implements ErrorCode {
    /** No transcription provider is configured, or it cannot be reached (after retries). */
    @Retriable
    TRANSCRIPTION_UNAVAILABLE,
    /** The provider kept answering 429 through every retry. */
    @Retriable
    TRANSCRIPTION_RATE_LIMITED,
    /** The provider did not answer in time, through every retry. */
    @Retriable
    TRANSCRIPTION_TIMEOUT,
    /** The provider refused the key (the server's, or the user's own). */
    TRANSCRIPTION_AUTH_FAILED,
    /** The provider refused the request (format, size, language …). */
    TRANSCRIPTION_REJECTED,
    /** The provider answered something that is not a transcription in its documented format. */
    @Retriable
    TRANSCRIPTION_OUTPUT_INVALID,
    /** The provider heard no speech in the whole recording. */
    @Category(INVALID_INPUT)
    TRANSCRIPTION_EMPTY;
}
