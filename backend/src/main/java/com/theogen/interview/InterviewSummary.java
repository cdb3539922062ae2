package com.theogen.interview;

import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interview as listed in its project.
 *
 * @param participant pseudonym of the participant
 * @param sourceFilename the uploaded file's name
 * @param status {@code ready}: parsed and fragmented (a file that fails leaves no interview at all); for a
 *     recording also {@code transcribing} (a transcription job runs), {@code awaiting_transcript} (no provider is
 *     configured: attach a transcript) or {@code failed} (see {@code transcription}; retry or attach a transcript).
 *     Only a {@code ready} interview has text and fragments
 * @param wordCount words in the fragments (speaker labels are not counted)
 * @param charCount length of the full text in UTF-16 code units, the unit of every offset
 * @param speakers speaker labels in order of first appearance
 * @param hasTimestamps whether fragments carry {@code start_ms}/{@code end_ms}
 * @param media the recording, for interviews uploaded as audio or video; {@code null} for transcripts
 * @param transcription the transcription's job and last error, for recordings; {@code null} for transcripts
 * @param spokenLanguage the language the interview is spoken in (ADR 044): detected when its text was stored, or set
 *     by a researcher; {@code und} when too short to tell; {@code null} until detected (no text yet, or stored before
 *     detection existed and not backfilled yet)
 * @param spokenLanguageManual whether a researcher set {@code spokenLanguage} (detection never overwrites it)
 */
public record InterviewSummary(
        UUID id,
        UUID projectId,
        String participant,
        String sourceFilename,
        InterviewFormat format,
        Language language,
        String status,
        int wordCount,
        int charCount,
        int fragmentCount,
        List<String> speakers,
        boolean hasTimestamps,
        Instant createdAt,
        @Nullable InterviewMedia media,
        @Nullable TranscriptionState transcription,
        @Nullable SpokenLanguage spokenLanguage,
        boolean spokenLanguageManual) {

    /** Whether the interview has its transcript (text and fragments). */
    public boolean isReady() {
        return "ready".equals(status);
    }
}
