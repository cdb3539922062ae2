package com.theogen.theory.internal.pipeline;

import static com.theogen.theory.internal.pipeline.PipelineFixtures.application;
import static com.theogen.theory.internal.pipeline.PipelineFixtures.fragment;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.Quote;
import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.interview.Fragment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The quotes under an offline proposition (#18): its mechanism quote, then further quotes only from passages coded
 * with two of its categories, quoting the stretch that holds both coded quotes, never a passage that carries one
 * category's code alone, nor one an earlier proposition already quotes.
 */
class PropositionQuotesTest {

    static final UUID GUILT = UUID.randomUUID();
    static final UUID WORK = UUID.randomUUID();
    final UUID guiltCode = UUID.randomUUID();
    final UUID workCode = UUID.randomUUID();

    final Fragment mechanism = fragment(1, "I feel guilty at work because I keep asking colleagues for favours.");
    final Fragment both = fragment(2, "At work the guilt never leaves me, the shifts pile up.");
    final Fragment guiltOnly = fragment(3, "She was so angry at me.");

    @Test
    void furtherQuotesComeOnlyFromPassagesCodedWithBothCategories() {
        ProjectData data = guiltAndWork(
                List.of(
                        application(guiltCode, mechanism, "I feel guilty", 0.9),
                        application(guiltCode, both, "the guilt never leaves me", 0.9),
                        application(workCode, both, "At work", 0.9),
                        application(guiltCode, guiltOnly, "She was so angry at me.", 0.9)),
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

    @Test
    void aPassageQuotedUnderOneLinkIsNotQuotedAgainUnderTheNext() {
        ProjectData data = guiltAndWork(
                List.of(
                        application(guiltCode, both, "the guilt never leaves me", 0.9),
                        application(workCode, both, "At work", 0.9)),
                List.of(mechanism, both));
        String sentence = mechanism.text();
        Proposition first = new Proposition(
                "Guilt follows work.",
                List.of(GUILT),
                WORK,
                List.of(both.id()),
                new ParadigmModel.CueEvidence("because", new Quote(mechanism.id(), sentence, 0, sentence.length())),
                "offline");
        Proposition second =
                new Proposition("Work and guilt co-occur.", List.of(WORK), GUILT, List.of(both.id()), null, "offline");
        Set<UUID> cited = new HashSet<>();

        Drafts.Proposition one = ParadigmStage.proposition(data, first, cited);
        Drafts.Proposition two = ParadigmStage.proposition(data, second, cited);

        assertThat(one.evidence()).extracting(Drafts.Cite::fragmentId).containsExactly(mechanism.id(), both.id());
        assertThat(two.evidence()).isEmpty();
    }

    /** The two categories Guilt and Work, one code each, with these applications on these fragments. */
    private ProjectData guiltAndWork(List<CodingSnapshot.Application> applications, List<Fragment> fragments) {
        return new ProjectData(
                new CodingSnapshot(
                        PipelineFixtures.PROJECT,
                        List.of(
                                new CodingSnapshot.Code(guiltCode, "guilt", "", Origin.OFFLINE, GUILT),
                                new CodingSnapshot.Code(workCode, "work", "", Origin.OFFLINE, WORK)),
                        List.of(
                                new CodingSnapshot.Category(GUILT, "Guilt", "", Origin.OFFLINE),
                                new CodingSnapshot.Category(WORK, "Work", "", Origin.OFFLINE)),
                        List.of(),
                        applications),
                fragments);
    }
}
