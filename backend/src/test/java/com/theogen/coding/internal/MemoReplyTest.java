package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.coding.internal.MemoReply.Section;
import org.junit.jupiter.api.Test;

class MemoReplyTest {

    @Test
    void readsASectionInAnyCaseWithItsWordsJoinedBySpacesOrUnderscores() {
        assertThat(Section.read("negative_cases")).isEqualTo(Section.NEGATIVE_CASES);
        assertThat(Section.read(" Negative Cases ")).isEqualTo(Section.NEGATIVE_CASES);
        assertThat(Section.read("OPEN_QUESTIONS")).isEqualTo(Section.OPEN_QUESTIONS);
    }

    @Test
    void aSectionOutsideTheSetReadsAsNull() {
        assertThat(Section.read("summary")).isNull();
        assertThat(Section.read(null)).isNull();
    }
}
