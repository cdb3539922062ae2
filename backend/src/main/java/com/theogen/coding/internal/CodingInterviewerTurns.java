package com.theogen.coding.internal;

import com.theogen.evidence.InterviewerTurns;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Interviewer turns as coding sees them ({@link InterviewerDetector}), for the evidence module's search filter. */
@Component
class CodingInterviewerTurns implements InterviewerTurns {

    private final InterviewFragments fragments;

    CodingInterviewerTurns(InterviewFragments fragments) {
        this.fragments = fragments;
    }

    @Override
    public Set<UUID> interviewerFragments(Collection<UUID> interviewIds) {
        List<Fragment> all = interviewIds.stream()
                .distinct()
                .flatMap(id -> fragments.ofInterview(id).stream())
                .toList();
        return InterviewerDetector.interviewerFragments(all);
    }
}
