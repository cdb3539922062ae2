package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.coding.Memos.Citation;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.MemoReply.Section;
import com.theogen.coding.internal.MemoReply.Sentence;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.interview.Fragment;
import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemoWriterTest {

    static final UUID INTERVIEW = UUID.randomUUID();
    static final String TEXT = "I stay up with my mother   most nights,\nand then I go to work tired.";
    static final Fragment FRAGMENT = new Fragment(
            UUID.randomUUID(), INTERVIEW, UUID.randomUUID(), 2, "Maria", TEXT, 100, 100 + TEXT.length(), null, null);
    static final Map<UUID, Scoped> PROJECT = Map.of(FRAGMENT.id(), new Scoped(FRAGMENT, Language.EN, false));
    static final Map<UUID, InterviewInfo> INTERVIEWS =
            Map.of(INTERVIEW, new InterviewInfo(INTERVIEW, "Maria", Language.EN));

    @Test
    void keepsOnlySentencesWhoseEveryCitationChecksAndAnchorsQuotesToTheFragmentsOwnText() {
        MemoReply reply = new MemoReply(List.of(
                sentence(Section.PROPERTIES, "Nights are long.", "[F1]", "my mother most nights, and then"),
                sentence(Section.NEGATIVE_CASES, "Work goes on.", "f1", null),
                sentence(Section.DIMENSIONS, "Invented.", "f7", null),
                new Sentence(
                        Section.COMPARISONS,
                        "Half true.",
                        List.of(
                                new MemoReply.Citation("f1", "I stay up"),
                                new MemoReply.Citation("f1", "I sleep well"))),
                new Sentence(null, "Outside the sections.", List.of(new MemoReply.Citation("f1", null))),
                new Sentence(Section.OPEN_QUESTIONS, "Who helps?", List.of())));

        MemoWriter.Written written =
                MemoWriter.write(reply, Map.of("f1", FRAGMENT.id()), PROJECT, INTERVIEWS, Language.EN);

        assertThat(written.kept()).isEqualTo(2);
        assertThat(written.dropped()).isEqualTo(4);
        assertThat(written.unknown()).isEqualTo(1);
        assertThat(written.notVerbatim()).isEqualTo(1);
        Citation quoted = written.citations().get(0);
        assertThat(quoted.quote()).isEqualTo("my mother   most nights,\nand then");
        assertThat(TEXT.substring(quoted.start(), quoted.end())).isEqualTo(quoted.quote());
        assertThat(written.citations().get(1).quote()).isEmpty();
        assertThat(written.body())
                .startsWith("Properties\n- Nights are long. [Maria ¶3: «my mother")
                .contains("Negative cases\n- Work goes on. [Maria ¶3]")
                .doesNotContain("Invented", "Half true", "Outside", "Who helps");
    }

    @Test
    void aReplyWithNothingThatChecksWritesNothing() {
        MemoReply reply = new MemoReply(List.of(sentence(Section.PROPERTIES, "Made up.", "f1", "words never said")));

        MemoWriter.Written written =
                MemoWriter.write(reply, Map.of("f1", FRAGMENT.id()), PROJECT, INTERVIEWS, Language.ES);

        assertThat(written.body()).isEmpty();
        assertThat(written.citations()).isEmpty();
        assertThat(written.dropped()).isEqualTo(1);
    }

    private static Sentence sentence(Section section, String text, String id, String quote) {
        return new Sentence(section, text, List.of(new MemoReply.Citation(id, quote)));
    }
}
