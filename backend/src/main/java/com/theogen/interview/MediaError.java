package com.theogen.interview;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.FORBIDDEN;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.NOT_FOUND;
import static com.theogen.shared.ErrorCategory.UNAVAILABLE;
import static com.theogen.shared.ErrorCategory.UNSUPPORTED_MEDIA_TYPE;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import java.util.Map;

/** Errors of recordings, their transcription state and playback; see docs/interviews.md. */
public enum MediaError implements ErrorCode {
    /** A file that is audio or video, but not in a format TheoGen takes (or without an audio track). */
    @Category(UNSUPPORTED_MEDIA_TYPE)
    MEDIA_UNSUPPORTED,
    /** A file with a media extension whose content cannot be read as a recording (damaged, incomplete, or text). */
    @Category(INVALID_INPUT)
    MEDIA_UNREADABLE,
    /** Longer than {@code theogen.media.max-duration} (upload) or {@code theogen.llm.transcription.max-duration}. */
    @Category(INVALID_INPUT)
    MEDIA_TOO_LONG,
    /** The interview has no recording. */
    @Category(NOT_FOUND)
    MEDIA_NOT_FOUND,
    /** A playback link that is malformed, expired or signed for another recording. */
    @Category(FORBIDDEN)
    MEDIA_LINK_INVALID,
    /** A transcript was attached to an interview that is not waiting for one. */
    @Category(CONFLICT)
    TRANSCRIPT_NOT_AWAITED,
    /** A retry was asked for an interview whose transcription has not failed. */
    @Category(CONFLICT)
    TRANSCRIPTION_NOT_RETRIABLE,
    /** A speaker rename naming a speaker the interview does not have. */
    @Category(NOT_FOUND)
    SPEAKER_NOT_FOUND,
    /** A new speaker name that is blank, too long or has line breaks. */
    @Category(INVALID_INPUT)
    INVALID_SPEAKER_NAME,
    /** FFmpeg's tools cannot run on the server (missing system library, wrong path): the file is not at fault. */
    @Category(UNAVAILABLE)
    MEDIA_TOOLS_UNAVAILABLE;

    /** The exception for one uploaded file; like {@link UploadError} its ProblemDetail names the file. */
    public DomainException forFile(String filename, String reason) {
        return new DomainException(this, filename + ": " + reason, Map.of("filename", filename));
    }
}
