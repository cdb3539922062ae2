package com.theogen.interview.internal;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.internal.media.ProbedMedia;
import com.theogen.shared.Language;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a transcription job reads of its interview, and how it records a failure. */
@Component
class TranscriptionTarget {

    record Target(
            UUID interviewId,
            String storageKey,
            InterviewFormat format,
            ProbedMedia media,
            long sizeBytes,
            Language language) {}

    private final InterviewRepository interviews;
    private final InterviewMediaRepository media;

    TranscriptionTarget(InterviewRepository interviews, InterviewMediaRepository media) {
        this.interviews = interviews;
        this.media = media;
    }

    /** The interview's recording when the interview still exists and is transcribing. */
    @Transactional(readOnly = true)
    public Optional<Target> find(UUID interviewId) {
        return interviews
                .findById(interviewId)
                .filter(i -> InterviewEntity.TRANSCRIBING.equals(i.status()))
                .flatMap(i -> media.findById(interviewId).map(m -> {
                    InterviewFormat format = i.summary(m).format();
                    return new Target(
                            interviewId, m.storageKey(), format, m.probed(format), m.sizeBytes(), i.language());
                }));
    }

    /** Marks a transcribing interview failed; an interview already ready (or gone) is left alone. */
    @Transactional
    public void fail(UUID interviewId, String errorCode, String error) {
        interviews
                .findById(interviewId)
                .filter(i -> InterviewEntity.TRANSCRIBING.equals(i.status()))
                .ifPresent(i -> {
                    i.failTranscription(errorCode, error);
                    interviews.save(i);
                });
    }
}
