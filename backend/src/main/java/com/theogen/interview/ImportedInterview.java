package com.theogen.interview;

import java.util.List;

/**
 * An interview made from a {@link TextImport}.
 *
 * @param fragments its fragments by ordinal
 * @param offsets carries positions in the imported text onto the interview's full text
 */
public record ImportedInterview(InterviewSummary summary, List<Fragment> fragments, TextOffsets offsets) {}
