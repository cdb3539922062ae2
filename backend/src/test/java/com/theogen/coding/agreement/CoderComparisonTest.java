package com.theogen.coding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Units, presence, disagreements and overall figures of a two-coder comparison. */
class CoderComparisonTest {

    private final UUID interview = UUID.randomUUID();
    // Interviewer question, then three participant turns: [0,20) [20,60) [60,100) [100,150).
    private final FragmentUnit question = fragment(0, 20, true);
    private final FragmentUnit first = fragment(20, 60, false);
    private final FragmentUnit second = fragment(60, 100, false);
    private final FragmentUnit third = fragment(100, 150, false);
    private final List<FragmentUnit> fragments = List.of(third, question, first, second);
    private final UUID care = UUID.randomUUID();
    private final UUID money = UUID.randomUUID();

    @Test
    void aCodeIsPresentWhereAnyApplicationOverlapsTheFragment() {
        List<CodedSpan> a = List.of(
                span(care, 55, 65), // overlaps first and second
                CodedSpan.inFragment(care, third, 0, 5));
        List<CodedSpan> b = List.of(
                span(care, 60, 61), // one character of second
                span(care, 95, 100)); // ends where third begins: second only

        CodeAgreement code =
                compare(a, b, List.of(care), UnitMode.FRAGMENT).codes().get(0);

        assertThat(code.agreement().counts()).isEqualTo(new PresenceCounts(1, 2, 0, 0));
        assertThat(code.disagreements())
                .extracting(d -> d.fragment().fragmentId())
                .containsExactly(first.fragmentId(), third.fragmentId());
    }

    @Test
    void interviewerTurnsAreLeftOutUnlessAsked() {
        List<CodedSpan> a = List.of(span(care, 0, 10));
        List<CodedSpan> b = List.of();

        AgreementReport participants = compare(a, b, List.of(care), UnitMode.FRAGMENT);
        AgreementReport everyone =
                Agreement.compare(new ComparisonInput(fragments, a, b, List.of(care), UnitMode.FRAGMENT, true));

        assertThat(participants.fragments()).isEqualTo(3);
        assertThat(participants.codes().get(0).agreement().counts()).isEqualTo(new PresenceCounts(0, 0, 0, 3));
        assertThat(everyone.fragments()).isEqualTo(4);
        assertThat(everyone.codes().get(0).agreement().counts()).isEqualTo(new PresenceCounts(0, 1, 0, 3));
    }

    @Test
    void disagreementsCarryBothCodersSpansWhole() {
        CodedSpan a = span(care, 30, 70);
        CodedSpan b = span(care, 65, 80);

        Disagreement d = compare(List.of(a), List.of(b), List.of(care), UnitMode.FRAGMENT)
                .codes()
                .get(0)
                .disagreements()
                .get(0);

        assertThat(d.fragment()).isEqualTo(first);
        assertThat(d.presentA()).isTrue();
        assertThat(d.presentB()).isFalse();
        assertThat(d.spansA()).containsExactly(a);
        assertThat(d.spansB()).isEmpty();
        assertThat(d.differingCharacters()).isEqualTo(30);
    }

    @Test
    void characterModeAlsoFlagsFragmentsWhereBothCodedDifferentText() {
        List<CodedSpan> a = List.of(span(care, 20, 40), span(care, 100, 150));
        List<CodedSpan> b = List.of(span(care, 25, 40), span(care, 100, 150));

        CodeAgreement fragmentMode =
                compare(a, b, List.of(care), UnitMode.FRAGMENT).codes().get(0);
        CodeAgreement characterMode =
                compare(a, b, List.of(care), UnitMode.CHARACTER).codes().get(0);

        assertThat(fragmentMode.disagreements()).isEmpty();
        assertThat(fragmentMode.unitized()).isNull();
        assertThat(characterMode.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.fragment()).isEqualTo(first);
            assertThat(d.differingCharacters()).isEqualTo(5);
        });
        // 130 participant characters: both 15 + 50, only A 5, neither 60.
        assertThat(characterMode.agreement().counts()).isEqualTo(new PresenceCounts(65, 5, 0, 60));
        assertThat(characterMode.unitized().length()).isEqualTo(130);
        assertThat(characterMode.unitized().alpha().value()).isBetween(0.0, 1.0);
    }

    @Test
    void interviewsAreSeparateContinua() {
        UUID other = UUID.randomUUID();
        FragmentUnit elsewhere = new FragmentUnit(UUID.randomUUID(), other, 20, 60, false);
        List<FragmentUnit> both = List.of(first, elsewhere);
        List<CodedSpan> a = List.of(span(care, 20, 40));
        List<CodedSpan> b = List.of(new CodedSpan(care, other, 20, 40));

        CodeAgreement code = Agreement.compare(
                        new ComparisonInput(both, a, b, List.of(care), UnitMode.CHARACTER, false))
                .codes()
                .get(0);

        assertThat(code.agreement().counts()).isEqualTo(new PresenceCounts(0, 20, 20, 40));
        assertThat(code.unitized().alpha().value()).isLessThan(0.0);
        assertThat(code.disagreements()).hasSize(2);
    }

    @Test
    void codesDefaultToThoseEitherCoderAppliedInScope() {
        UUID onlyInQuestion = UUID.randomUUID();
        List<CodedSpan> a = List.of(span(care, 20, 30), span(onlyInQuestion, 0, 5));
        List<CodedSpan> b = List.of(span(money, 60, 70));

        AgreementReport report = compare(a, b, null, UnitMode.FRAGMENT);

        assertThat(report.codes())
                .extracting(CodeAgreement::codeId)
                .containsExactlyInAnyOrder(care, money)
                .isSortedAccordingTo(java.util.Comparator.comparing(UUID::toString));
    }

    @Test
    void overallMeansRunOverCodesWithVariationOnly() {
        UUID unused = UUID.randomUUID();
        // care: A first+second, B first → (1, 1, 0, 1); money: identical, second only → (1, 0, 0, 2).
        List<CodedSpan> a = List.of(span(care, 20, 30), span(care, 60, 70), span(money, 60, 70));
        List<CodedSpan> b = List.of(span(care, 25, 35), span(money, 65, 75));

        AgreementReport report = compare(a, b, List.of(care, money, unused), UnitMode.FRAGMENT);
        BinaryAgreement careFigures = Agreement.binary(new PresenceCounts(1, 1, 0, 1));

        OverallAgreement overall = report.overall();
        assertThat(report.codes()).extracting(CodeAgreement::codeId).containsExactly(care, money, unused);
        assertThat(overall.codes()).isEqualTo(3);
        assertThat(overall.codesWithVariation()).isEqualTo(2);
        assertThat(overall.meanKappa().value())
                .isCloseTo((careFigures.cohensKappa().value() + 1.0) / 2, within(1e-12));
        assertThat(overall.meanAc1().value()).isCloseTo((careFigures.gwetsAc1().value() + 1.0) / 2, within(1e-12));
        assertThat(overall.pooled().counts()).isEqualTo(new PresenceCounts(2, 1, 0, 3));
        assertThat(overall.pooledUnitizedAlpha()).isNull();
    }

    @Test
    void overlappingFragmentsOfOneInterviewAreRejected() {
        List<FragmentUnit> overlapping = List.of(first, fragment(50, 70, false));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Agreement.compare(
                        new ComparisonInput(overlapping, List.of(), List.of(), null, UnitMode.FRAGMENT, false)));
    }

    @Test
    void aQuoteIsPlacedByItsFragmentsStart() {
        CodedSpan quote = CodedSpan.inFragment(care, second, 5, 12);

        assertThat(quote).isEqualTo(span(care, 65, 72));
        assertThat(CodedSpan.wholeFragment(care, second)).isEqualTo(span(care, 60, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> CodedSpan.inFragment(care, second, 30, 41));
    }

    private AgreementReport compare(List<CodedSpan> a, List<CodedSpan> b, List<UUID> codes, UnitMode unit) {
        return Agreement.compare(new ComparisonInput(fragments, a, b, codes, unit, false));
    }

    private FragmentUnit fragment(int start, int end, boolean interviewer) {
        return new FragmentUnit(UUID.randomUUID(), interview, start, end, interviewer);
    }

    private CodedSpan span(UUID code, int start, int end) {
        return new CodedSpan(code, interview, start, end);
    }
}
