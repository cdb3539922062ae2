package com.theogen.interview.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

/** The offset contract and the shape of fragments, checked the way a later quote check would. */
final class OffsetAssertions {

    private OffsetAssertions() {}

    static void assertFragmentsExact(ParsedTranscript transcript, int maxChars) {
        String text = transcript.fullText();
        assertThat(TextNormalizer.normalize(text)).as("full text is normalised").isEqualTo(text);
        int previousEnd = 0;
        for (int i = 0; i < transcript.fragments().size(); i++) {
            ParsedFragment f = transcript.fragments().get(i);
            assertThat(f.ordinal()).isEqualTo(i);
            assertThat(f.charStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(f.charEnd()).isGreaterThan(f.charStart()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.charStart(), f.charEnd())).isEqualTo(f.text());
            assertThat(f.text()).isEqualTo(f.text().strip());
            assertThat(f.text().length()).isLessThanOrEqualTo(maxChars);
            previousEnd = f.charEnd();
        }
    }
}
