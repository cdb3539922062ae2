package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
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
        Instant createdAt) {

    InterviewSummary summary() {
        return new InterviewSummary(
                id,
                projectId,
                participant,
                sourceFilename,
                InterviewFormat.fromExtension(format),
                Language.fromCode(language),
                status,
                wordCount,
                charCount,
                fragmentCount,
                List.copyOf(speakers),
                hasTimestamps,
                createdAt);
    }
}
