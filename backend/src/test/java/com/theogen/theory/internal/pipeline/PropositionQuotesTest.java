package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.Quote;
import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.interview.Fragment;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quotes under an offline proposition (#18): its mechanism quote, then further quotes only from passages coded
 * with two of its categories, quoting the stretch that holds both coded quotes, never a passage that carries one
 * category's code alone.
 */
class PropositionQuotesTest {

    static final UUID PROJECT = UUID.randomUUID();
    static final UUID INTERVIEW = UUID.randomUUID();
    static final UUID CODER = UUID.randomUUID();
    static final UUID GUILT = UUID.randomUUID();
    static final UUID WORK = UUID.randomUUID();
    final UUID guiltCode = UUID.randomUUID();
    final UUID workCode = UUID.randomUUID();

    final Fragment mechanism = fragment(1, "I feel guilty at work because I keep asking colleagues for favours.");
    final Fragment both = fragment(2, "At work the guilt never leaves me, the shifts pile up.");
    final Fragment guiltOnly = fragment(3, "She was so angry at me.");

    @Test
    void furtherQuotesComeOnlyFromPassagesCodedWithBothCategories() {
        ProjectData data = new ProjectData(
                new CodingSnapshot(
                        PROJECT,
                        List.of(
                                new CodingSnapshot.Code(guiltCode, "guilt", "", Origin.OFFLINE, GUILT),
                                new CodingSnapshot.Code(workCode, "work", "", Origin.OFFLINE, WORK)),
                        List.of(
                                new CodingSnapshot.Category(GUILT, "Guilt", "", Origin.OFFLINE),
                                new CodingSnapshot.Category(WORK, "Work", "", Origin.OFFLINE)),
                        List.of(),
                        List.of(
                                application(guiltCode, mechanism, "I feel guilty"),
                                application(guiltCode, both, "the guilt never leaves me"),
                                application(workCode, both, "At work"),
                                application(guiltCode, guiltOnly, "She was so angry at me."))),
                List.of(mechanism, both, guiltOnly));
        String sentence = mechanism.text();
        Proposition proposition = new Proposition(
                "Guilt and work: the data show they co-occur, not why.",
                List.of(GUILT),
                WORK,
                List.of(guiltOnly.id(), mechanism.id(), both.id()),
                new ParadigmModel.CueEvidence("because", new Quote(mechanism.id(), sentence, 0, sentence.length())),
                "offline");

        Drafts.Proposition drafted = ParadigmStage.proposition(data, proposition);

        assertThat(drafted.evidence()).extracting(Drafts.Cite::fragmentId).containsExactly(mechanism.id(), both.id());
    }

    private static CodingSnapshot.Application application(UUID code, Fragment fragment, String quote) {
        int start = fragment.text().indexOf(quote);
        return new CodingSnapshot.Application(
                UUID.randomUUID(),
                code,
                fragment.id(),
                INTERVIEW,
                quote,
                start,
                start + quote.length(),
                0.9,
                Origin.OFFLINE,
                CODER);
    }

    private static Fragment fragment(int ordinal, String text) {
        return new Fragment(
                UUID.randomUUID(),
                INTERVIEW,
                PROJECT,
                ordinal,
                "Maria",
                text,
                ordinal * 100,
                ordinal * 100 + text.length(),
                null,
                null);
    }
}
