package com.theogen.interview;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;
import java.util.Map;

/** Errors of recordings, their transcription state and playback; see docs/interviews.md. */
public enum MediaError implements ErrorCode {
    /** A file that is audio or video, but not in a format TheoGen takes (or without an audio track). */
    MEDIA_UNSUPPORTED(ErrorCategory.UNSUPPORTED_MEDIA_TYPE),
    /** A file with a media extension whose content cannot be read as a recording (damaged, incomplete, or text). */
    MEDIA_UNREADABLE(ErrorCategory.INVALID_INPUT),
    /** Longer than {@code theogen.media.max-duration} (upload) or {@code theogen.llm.transcription.max-duration}. */
    MEDIA_TOO_LONG(ErrorCategory.INVALID_INPUT),
    /** The interview has no recording. */
    MEDIA_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** A playback link that is malformed, expired or signed for another recording. */
    MEDIA_LINK_INVALID(ErrorCategory.FORBIDDEN),
    /** A transcript was attached to an interview that is not waiting for one. */
    TRANSCRIPT_NOT_AWAITED(ErrorCategory.CONFLICT),
    /** A retry was asked for an interview whose transcription has not failed. */
    TRANSCRIPTION_NOT_RETRIABLE(ErrorCategory.CONFLICT),
    /** A speaker rename naming a speaker the interview does not have. */
    SPEAKER_NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** A new speaker name that is blank, too long or has line breaks. */
    INVALID_SPEAKER_NAME(ErrorCategory.INVALID_INPUT),
    /** FFmpeg's tools cannot run on the server (missing system library, wrong path): the file is not at fault. */
    MEDIA_TOOLS_UNAVAILABLE(ErrorCategory.UNAVAILABLE);

    private final ErrorCategory category;

    MediaError(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    /** The exception for one uploaded file; like {@link UploadError} its ProblemDetail names the file. */
    public DomainException forFile(String filename, String reason) {
        return new DomainException(this, filename + ": " + reason, Map.of("filename", filename));
    }
}
