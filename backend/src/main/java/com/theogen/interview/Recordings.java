package com.theogen.interview;

import com.theogen.llm.ByoKey;
import java.util.Optional;
import java.util.UUID;

/**
 * Audio and video interviews: ingesting a recording, its transcription (a durable {@code transcription} job),
 * attaching a transcript by hand, renaming speakers, and playback links. Access follows {@code ProjectAccess}:
 * reading and playing need VIEWER, changing needs CODER; another user's interview is {@code NOT_FOUND}.
 */
public interface Recordings {

    /**
     * Probes the staged recording, stores it and creates the interview at once, {@code transcribing} when a
     * provider can run (a job is submitted, {@code key} held for it only) or {@code awaiting_transcript} when none
     * can. A file that fails leaves nothing: no row, no stored file, no staging file.
     *
     * @throws com.theogen.shared.DomainException naming the file: {@link UploadError#EMPTY_FILE},
     *     {@link MediaError#MEDIA_UNREADABLE}, {@link MediaError#MEDIA_UNSUPPORTED}, {@link MediaError#MEDIA_TOO_LONG}
     */
    InterviewSummary ingest(UUID userId, UUID projectId, RecordingUpload upload, Optional<ByoKey> key);

    /**
     * Starts the transcription again for a {@code failed} (or {@code awaiting_transcript}) recording.
     *
     * @throws com.theogen.shared.DomainException {@link MediaError#TRANSCRIPTION_NOT_RETRIABLE} when the interview
     *     is ready or already transcribing; {@code TRANSCRIPTION_UNAVAILABLE} without a provider
     */
    InterviewSummary retry(UUID userId, UUID interviewId, Optional<ByoKey> key);

    /**
     * Gives a recording that waits (or whose transcription failed) its transcript from a {@code .vtt}, {@code .srt}
     * or {@code .txt} file, read by the same parsers as uploads; the interview becomes ready.
     *
     * @throws com.theogen.shared.DomainException {@link MediaError#TRANSCRIPT_NOT_AWAITED} otherwise
     */
    InterviewSummary attachTranscript(UUID userId, UUID interviewId, String filename, byte[] content);

    /**
     * Renames a speaker across the whole interview (fragments, speaker list and the labels in the full text;
     * fragment offsets move with the text, quotes inside fragments do not change). Works for any ready interview.
     */
    InterviewSummary renameSpeaker(UUID userId, UUID interviewId, String from, String to);

    /**
     * A new, empty staging file on local disk for a recording being uploaded; hand it to {@link #ingest} or delete
     * it. Files left by a crash are removed at the next start.
     */
    java.nio.file.Path stagingFile() throws java.io.IOException;

    /** A signed playback link for the interview's recording. */
    MediaLink link(UUID userId, UUID interviewId);

    /**
     * The stretch of the recording where a fragment is spoken, with a playback link: what an evidence quote plays.
     *
     * @throws com.theogen.shared.DomainException {@link MediaError#MEDIA_NOT_FOUND} when the fragment's interview
     *     has no recording or the fragment has no times
     */
    FragmentClip clip(UUID userId, UUID fragmentId);

    /** Where a fragment is spoken in its interview's recording. */
    record FragmentClip(UUID fragmentId, UUID interviewId, long startMs, long endMs, MediaLink media) {}

    /**
     * The recording a signed link points to.
     *
     * @throws com.theogen.shared.DomainException {@link MediaError#MEDIA_LINK_INVALID} for a bad or expired
     *     signature; {@code NOT_FOUND} when the interview is gone
     */
    PlayableMedia playable(UUID interviewId, long expires, String signature);

    /** A stored recording ready to be served. */
    record PlayableMedia(java.nio.file.Path file, String contentType, long sizeBytes, String filename) {}
}
