package com.theogen.interview;

import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interview as listed in its project.
 *
 * @param participant pseudonym of the participant
 * @param sourceFilename the uploaded file's name
 * @param status {@code ready}: parsed and fragmented (a file that fails leaves no interview at all)
 * @param wordCount words in the fragments (speaker labels are not counted)
 * @param charCount length of the full text in UTF-16 code units, the unit of every offset
 * @param speakers speaker labels in order of first appearance
 * @param hasTimestamps whether fragments carry {@code start_ms}/{@code end_ms}
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
        Instant createdAt) {}
