package com.theogen.interview.web;

import com.theogen.interview.InterviewProperties;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.InterviewUpload;
import com.theogen.interview.Interviews;
import com.theogen.interview.MediaProperties;
import com.theogen.interview.RecordingUpload;
import com.theogen.interview.Recordings;
import com.theogen.llm.ByoKey;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Stores each received file in its own transaction and turns the per-file results into the answer: 201 (all
 * stored), 207 (some stored), or the single file's ProblemDetail / {@code UPLOAD_REJECTED} (none stored).
 */
final class UploadOutcomes {

    private final Interviews interviews;
    private final Recordings recordings;
    private final long maxFileSize;
    private final long maxMediaSize;

    UploadOutcomes(
            Interviews interviews, Recordings recordings, InterviewProperties properties, MediaProperties media) {
        this.interviews = interviews;
        this.recordings = recordings;
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.maxMediaSize = media.maxFileSize().toBytes();
    }

    /**
     * @param key the user's own transcription key, used only for the transcription jobs of this request's recordings
     */
    ResponseEntity<InterviewResponses.Upload> store(
            UUID userId, UUID projectId, MultipartUpload.Received received, Optional<ByoKey> key) {
        String languageField = received.fields().get("language");
        Language language = languageField == null || languageField.isBlank() ? null : Language.fromCode(languageField);
        String participant = received.fields().get("participant");

        List<InterviewResponses.FileOutcome> outcomes = new ArrayList<>();
        List<DomainException> failures = new ArrayList<>();
        for (MultipartUpload.ReceivedFile file : received.files()) {
            try {
                if (file.tooLarge()) {
                    throw MultipartUpload.tooLarge(file.filename(), file.recording() ? maxMediaSize : maxFileSize);
                }
                InterviewSummary stored = file.staged() != null
                        ? recordings.ingest(
                                userId,
                                projectId,
                                new RecordingUpload(
                                        file.filename(),
                                        file.staged(),
                                        file.size(),
                                        file.sha256(),
                                        participant,
                                        language),
                                key)
                        : interviews.ingest(
                                userId,
                                projectId,
                                new InterviewUpload(file.filename(), file.content(), participant, language));
                outcomes.add(new InterviewResponses.FileOutcome(
                        file.filename(), HttpStatus.CREATED.value(), stored, null, null));
            } catch (DomainException e) {
                failures.add(e);
                outcomes.add(new InterviewResponses.FileOutcome(
                        file.filename(), e.category().httpStatus(), null, e.errorCode(), e.getMessage()));
            }
        }
        int stored = outcomes.size() - failures.size();
        if (stored == 0 && failures.size() == 1) {
            throw failures.get(0);
        }
        if (stored == 0) {
            throw rejected(outcomes, failures);
        }
        HttpStatus status = failures.isEmpty() ? HttpStatus.CREATED : HttpStatus.MULTI_STATUS;
        return ResponseEntity.status(status)
                .body(new InterviewResponses.Upload(List.copyOf(outcomes), stored, failures.size()));
    }

    private static DomainException rejected(
            List<InterviewResponses.FileOutcome> outcomes, List<DomainException> failures) {
        ErrorCategory category = failures.get(0).category();
        boolean same = failures.stream().allMatch(f -> f.category() == category);
        List<Map<String, Object>> files = new ArrayList<>();
        for (InterviewResponses.FileOutcome outcome : outcomes) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("filename", outcome.filename());
            file.put("status", outcome.status());
            file.put("error_code", outcome.errorCode());
            file.put("detail", outcome.detail());
            files.add(file);
        }
        return new DomainException(
                same ? category : ErrorCategory.INVALID_INPUT,
                "UPLOAD_REJECTED",
                "None of the " + outcomes.size() + " files was stored: "
                        + String.join(
                                "; ", outcomes.stream().map(o -> o.detail()).toList()),
                Map.of("files", files));
    }
}
