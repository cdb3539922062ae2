package com.theogen.interview.internal;

import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.Jobs;
import com.theogen.llm.ByoKey;
import com.theogen.llm.RunKeys;
import com.theogen.shared.DomainException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits the {@code transcription} job of a recording that is already {@code transcribing}, hands the user's own
 * key to it (memory only, see {@link RunKeys}) and records the job on the interview. A submission that fails
 * leaves the interview {@code failed} with the reason, so it can be retried.
 */
@Component
class TranscriptionStarter {

    static final String KIND = "transcription";

    private final Jobs jobs;
    private final RunKeys keys;
    private final InterviewRepository interviews;
    private final TransactionTemplate transactions;

    TranscriptionStarter(Jobs jobs, RunKeys keys, InterviewRepository interviews, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.keys = keys;
        this.interviews = interviews;
        this.transactions = transactions;
    }

    void start(UUID projectId, UUID userId, UUID interviewId, Optional<ByoKey> key) {
        Map<String, Object> params = new HashMap<>();
        params.put("interview_id", interviewId.toString());
        params.put("byo_key", key.isPresent());
        JobSubmission submission;
        try {
            submission = jobs.submit(new JobRequest(projectId, userId, KIND, params));
        } catch (DomainException e) {
            record(interviewId, null, e.errorCode(), e.getMessage());
            throw e;
        }
        UUID jobId = submission.job().id();
        keys.handOver(jobId, submission.reused(), key);
        record(interviewId, jobId, null, null);
    }

    private void record(UUID interviewId, UUID jobId, String errorCode, String error) {
        transactions.executeWithoutResult(
                status -> interviews.findById(interviewId).ifPresent(interview -> {
                    if (errorCode != null) {
                        interview.failTranscription(errorCode, error);
                    } else if (InterviewEntity.TRANSCRIBING.equals(interview.status())) {
                        interview.transcribing(jobId);
                    }
                    interviews.save(interview);
                }));
    }
}
