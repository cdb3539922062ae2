package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/** A project's coding at a glance, for the study overview. Needs the viewer role; a non-member gets NOT_FOUND. */
public interface CodingOverview {

    Figures figures(UUID userId, UUID projectId);

    /**
     * @param interviews the project's interviews
     * @param participants distinct speakers that are not interviewers, counted once per interview (an interview
     *     whose participant turns name no speaker counts one)
     * @param words words of every interview's text
     * @param fragments every fragment, interviewer turns included
     * @param participantFragments fragments that are not interviewer turns
     * @param codedFragments distinct fragments with at least one code (any coder)
     * @param byCoder distinct fragments each coder coded (coders who coded nothing are left out)
     */
    record Figures(
            int interviews,
            int participants,
            long words,
            int fragments,
            int participantFragments,
            int codedFragments,
            List<CoderFragments> byCoder,
            int codes,
            int categories) {}

    record CoderFragments(UUID coderId, CoderKind kind, String displayName, int fragments) {}
}
