package com.theogen.coding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the statistics over random data: symmetry in A/B, bounds, identical coders, equivalences. */
class AgreementPropertiesTest {

    private static final double EPS = 1e-9;

    @Property
    void binaryFiguresAreSymmetricInTheCoders(@ForAll("tables") PresenceCounts t) {
        BinaryAgreement ab = Agreement.binary(t);
        BinaryAgreement ba = Agreement.binary(t.swapped());

        assertSame(ab.observedAgreement(), ba.observedAgreement());
        assertSame(ab.cohensKappa(), ba.cohensKappa());
        assertSame(ab.krippendorffsAlpha(), ba.krippendorffsAlpha());
        assertSame(ab.gwetsAc1(), ba.gwetsAc1());
        assertSame(ab.prevalenceA(), ba.prevalenceB());
    }

    @Property
    void binaryFiguresStayInTheirBoundsAndAreDefinedExactlyWithVariation(@ForAll("tables") PresenceCounts t) {
        BinaryAgreement r = Agreement.binary(t);

        assertThat(r.cohensKappa().isDefined()).isEqualTo(t.hasVariation());
        assertThat(r.krippendorffsAlpha().isDefined()).isEqualTo(t.hasVariation());
        assertThat(r.gwetsAc1().isDefined()).isEqualTo(t.units() > 0);
        for (Measure m : List.of(r.cohensKappa(), r.krippendorffsAlpha(), r.gwetsAc1())) {
            if (m.isDefined()) {
                assertThat(m.value()).isBetween(-1 - EPS, 1 + EPS);
            }
        }
        if (r.observedAgreement().isDefined()) {
            assertThat(r.observedAgreement().value()).isBetween(0.0, 1.0);
        }
    }

    @Property
    void identicalCodersScoreOneWhereDefined(
            @ForAll @IntRange(max = 60) int present, @ForAll @IntRange(max = 60) int absent) {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(present, 0, 0, absent));

        for (Measure m : List.of(r.cohensKappa(), r.krippendorffsAlpha(), r.gwetsAc1())) {
            assertThat(m.orElse(1.0)).isCloseTo(1.0, within(EPS));
        }
    }

    @Property
    void binaryClosedFormsEqualTheGeneralCoefficients(@ForAll("judgements") boolean[][] coders) {
        boolean[] a = coders[0];
        boolean[] b = coders[1];
        BinaryAgreement closed = Agreement.binary(PresenceCounts.of(a, b));
        ReliabilityData data = ReliabilityData.binary(a, b);

        assertSame(closed.krippendorffsAlpha(), Agreement.krippendorffsAlpha(data));
        assertSame(closed.gwetsAc1(), Agreement.gwetsAc1(data));
    }

    @Property(tries = 300)
    void unitizedAlphaIsSymmetricAndAtMostOne(@ForAll("continua") Continuum c) {
        UnitizedAlpha ab = Agreement.unitizedAlpha(List.of(c));
        UnitizedAlpha ba = Agreement.unitizedAlpha(List.of(new Continuum(c.length(), c.b(), c.a())));

        assertThat(ab.observedDisagreement()).isCloseTo(ba.observedDisagreement(), within(EPS));
        assertThat(ab.expectedDisagreement()).isCloseTo(ba.expectedDisagreement(), within(EPS));
        assertSame(ab.alpha(), ba.alpha());
        assertThat(ab.observedDisagreement()).isGreaterThanOrEqualTo(0);
        assertThat(ab.expectedDisagreement()).isGreaterThanOrEqualTo(0);
        assertThat(ab.alpha().orElse(0)).isLessThanOrEqualTo(1 + EPS);
    }

    @Property(tries = 300)
    void unitizedAlphaOfIdenticalMarkingsIsOneWhereDefined(@ForAll("continua") Continuum c) {
        UnitizedAlpha u = Agreement.unitizedAlpha(List.of(new Continuum(c.length(), c.a(), c.a())));

        assertThat(u.observedDisagreement()).isZero();
        assertThat(u.alpha().orElse(1.0)).isCloseTo(1.0, within(EPS));
    }

    @Property(tries = 300)
    void aComparisonCountsEveryFragmentAndCharacterOnce(@ForAll("continua") Continuum c) {
        UUID interview = UUID.randomUUID();
        UUID code = UUID.randomUUID();
        List<FragmentUnit> fragments = new ArrayList<>();
        for (int start = 0; start < c.length(); start += 7) {
            fragments.add(
                    new FragmentUnit(UUID.randomUUID(), interview, start, Math.min(c.length(), start + 7), false));
        }
        List<CodedSpan> a = c.a().stream()
                .map(s -> new CodedSpan(code, interview, s.start(), s.end()))
                .toList();
        List<CodedSpan> b = c.b().stream()
                .map(s -> new CodedSpan(code, interview, s.start(), s.end()))
                .toList();

        CodeAgreement byFragment = Agreement.compare(
                        new ComparisonInput(fragments, a, b, List.of(code), UnitMode.FRAGMENT, false))
                .codes()
                .get(0);
        CodeAgreement byCharacter = Agreement.compare(
                        new ComparisonInput(fragments, a, b, List.of(code), UnitMode.CHARACTER, false))
                .codes()
                .get(0);

        assertThat(byFragment.agreement().counts().units()).isEqualTo(fragments.size());
        assertThat(byCharacter.agreement().counts().units()).isEqualTo(c.length());
        // Laid end to end without gaps, the fragments are the continuum itself.
        assertThat(byCharacter.unitized()).isEqualTo(Agreement.unitizedAlpha(List.of(c)));
        assertThat(byFragment.disagreements())
                .allSatisfy(d -> assertThat(d.presentA()).isNotEqualTo(d.presentB()));
    }

    @Provide
    Arbitrary<PresenceCounts> tables() {
        Arbitrary<Integer> cell = Arbitraries.integers().between(0, 40);
        return Combinators.combine(cell, cell, cell, cell).as(PresenceCounts::new);
    }

    @Provide
    Arbitrary<boolean[][]> judgements() {
        return Arbitraries.integers().between(1, 30).flatMap(n -> {
            Arbitrary<boolean[]> coder =
                    Arbitraries.of(true, false).array(boolean[].class).ofSize(n);
            return Combinators.combine(coder, coder).as((a, b) -> new boolean[][] {a, b});
        });
    }

    @Provide
    Arbitrary<Continuum> continua() {
        return Arbitraries.integers().between(1, 60).flatMap(length -> {
            Arbitrary<Span> span = Arbitraries.integers().between(0, length - 1).flatMap(start -> Arbitraries.integers()
                    .between(start + 1, length)
                    .map(end -> new Span(start, end)));
            Arbitrary<List<Span>> spans = span.list().ofMaxSize(5);
            return Combinators.combine(spans, spans).as((a, b) -> new Continuum(length, a, b));
        });
    }

    private static void assertSame(Measure x, Measure y) {
        assertThat(x.undefined()).isEqualTo(y.undefined());
        if (x.isDefined()) {
            assertThat(x.value()).isCloseTo(y.value(), within(EPS));
        }
    }
}
