package com.theogen.interview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to fragments for other modules (coding, evidence, theory). It performs no ownership check: callers
 * check access to the project first (through {@code ProjectAccess}).
 */
public interface InterviewFragments {

    /** The project's interviews in upload order (label, language, counts); empty for an unknown project. */
    List<InterviewSummary> interviewsOf(UUID projectId);

    /** Every fragment of the project, ordered by interview upload order, then ordinal. */
    List<Fragment> ofProject(UUID projectId);

    /** The interview's fragments by ordinal; empty for an unknown interview. */
    List<Fragment> ofInterview(UUID interviewId);

    Optional<Fragment> find(UUID fragmentId);

    /** The interview's normalised full text (see {@link InterviewDetail}); empty for an unknown interview. */
    Optional<String> fullText(UUID interviewId);
}
