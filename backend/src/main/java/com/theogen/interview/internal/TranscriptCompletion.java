package com.theogen.interview.internal;

import com.theogen.interview.InterviewIngested;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Gives a recording its transcript, from a transcription job or from a file the researcher attached. */
@Component
class TranscriptCompletion {

    private final InterviewRepository interviews;
    private final FragmentRepository fragments;
    private final ApplicationEventPublisher events;
    private final SpokenLanguages spokenLanguages;

    TranscriptCompletion(
            InterviewRepository interviews,
            FragmentRepository fragments,
            ApplicationEventPublisher events,
            SpokenLanguages spokenLanguages) {
        this.interviews = interviews;
        this.fragments = fragments;
        this.events = events;
        this.spokenLanguages = spokenLanguages;
    }

    /**
     * Stores the transcript of a recording and makes the interview ready, publishing {@link InterviewIngested};
     * does nothing when the interview is gone or no longer waits ({@code fromResearcher} = false: only a
     * {@code transcribing} interview takes a job's result).
     */
    boolean complete(UUID interviewId, ParsedTranscript transcript, boolean fromResearcher) {
        Optional<InterviewEntity> found = interviews.findById(interviewId);
        if (found.isEmpty()) {
            return false;
        }
        InterviewEntity interview = found.get();
        boolean expected = fromResearcher
                ? !InterviewEntity.READY.equals(interview.status())
                : InterviewEntity.TRANSCRIBING.equals(interview.status());
        if (!expected) {
            return false;
        }
        interview.complete(transcript);
        interview.detected(spokenLanguages.of(transcript, interview.language()));
        interviews.save(interview);
        fragments.saveAll(transcript.fragments().stream()
                .map(f -> new FragmentEntity(interviewId, interview.projectId(), f))
                .toList());
        interviews.flush();
        spokenLanguages.followMajority(interview.projectId());
        events.publishEvent(new InterviewIngested(
                interviewId, interview.projectId(), transcript.fragments().size(), interview.language()));
        return true;
    }
}
