package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewMedia;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.TranscriptionState;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview without its full text, for lists. */
record InterviewRow(
        UUID id,
        UUID projectId,
        String participant,
        String sourceFilename,
        String format,
        String language,
        String status,
        int wordCount,
        int charCount,
        int fragmentCount,
        List<String> speakers,
        boolean hasTimestamps,
        Instant createdAt,
        UUID transcriptionJobId,
        String transcriptionErrorCode,
        String transcriptionError,
        String spokenLanguage,
        boolean spokenLanguageManual,
        InterviewMediaEntity media) {

    InterviewSummary summary() {
        InterviewFormat parsedFormat = InterviewFormat.fromExtension(format);
        InterviewMedia mediaView = media == null ? null : media.view(parsedFormat);
        TranscriptionState transcription = media == null
                ? null
                : new TranscriptionState(transcriptionJobId, transcriptionErrorCode, transcriptionError);
        return new InterviewSummary(
                id,
                projectId,
                participant,
                sourceFilename,
                parsedFormat,
                Language.fromCode(language),
                status,
                wordCount,
                charCount,
                fragmentCount,
                List.copyOf(speakers),
                hasTimestamps,
                createdAt,
                mediaView,
                transcription,
                SpokenLanguage.ofCode(spokenLanguage),
                spokenLanguageManual);
    }
}
