package com.theogen.evidence;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by the module that owns coding, which decides which turns are the interviewer's (by speaker label,
 * else by who asks the questions): used by search to leave those turns out when asked.
 */
public interface InterviewerTurns {

    /** Ids of the interviewer's fragments among all fragments of these interviews; empty when none. */
    Set<UUID> interviewerFragments(Collection<UUID> interviewIds);
}
