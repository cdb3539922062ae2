package com.theogen.interview.internal.parsing;

import com.theogen.interview.InterviewFormat;
import com.theogen.shared.Language;
import java.util.List;

/**
 * A transcript ready to store.
 *
 * @param fullText the normalised text (see {@link com.theogen.interview.InterviewDetail})
 * @param speakers distinct speakers in order of first appearance
 * @param wordCount words in the fragments
 * @param detectedLanguage Spanish or English when evident from the text, else {@code null}
 */
public record ParsedTranscript(
        InterviewFormat format,
        String fullText,
        List<ParsedFragment> fragments,
        List<String> speakers,
        int wordCount,
        Language detectedLanguage) {

    public boolean hasTimestamps() {
        return fragments.stream().anyMatch(f -> f.startMs() != null || f.endMs() != null);
    }
}
