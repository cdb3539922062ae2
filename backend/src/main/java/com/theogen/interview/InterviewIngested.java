package com.theogen.interview;

import com.theogen.shared.Language;
import java.util.UUID;

/** Published inside the transaction that stored a new interview and its fragments. */
public record InterviewIngested(UUID interviewId, UUID projectId, int fragmentCount, Language language) {}
