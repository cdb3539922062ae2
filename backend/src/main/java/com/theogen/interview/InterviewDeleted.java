package com.theogen.interview;

import java.util.UUID;

/**
 * Published inside the transaction that deleted an interview; its fragments are removed by foreign-key cascade
 * in the same transaction. Deleting a whole project removes its interviews by cascade without this event.
 */
public record InterviewDeleted(UUID interviewId, UUID projectId) {}
