package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSpansTest {

    @Test
    void dropsWhiteSpaceAtBothEndsOfTheSpanOnly() {
        String text = "a \t said it\n  b";

        assertThat(TextSpans.trim(text, 1, 13)).containsExactly(4, 11);
        assertThat(text.substring(4, 11)).isEqualTo("said it");
    }

    @Test
    void aSpanOfWhiteSpaceBecomesEmptyAtItsEnd() {
        assertThat(TextSpans.trim("x   y", 1, 4)).containsExactly(4, 4);
        assertThat(TextSpans.trim("xy", 1, 1)).containsExactly(1, 1);
    }
}
