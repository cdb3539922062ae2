package com.theogen.coding.agreement;

import static com.theogen.coding.agreement.Measure.Undefined.NO_CODES;
import static com.theogen.coding.agreement.Measure.Undefined.NO_UNITS;
import static com.theogen.coding.agreement.Measure.Undefined.NO_VARIATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Degenerate data give the defined, documented results of docs/adr/024 — never NaN, never an exception. */
class EdgeCaseTest {

    @Test
    void codeNobodyUsedHasPerfectRawAgreementButNoChanceCorrectedCoefficient() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(0, 0, 0, 12));

        assertThat(r.prevalenceA().value()).isZero();
        assertThat(r.prevalenceB().value()).isZero();
        assertThat(r.observedAgreement().value()).isEqualTo(1.0);
        assertThat(r.cohensKappa().undefined()).isEqualTo(NO_VARIATION);
        assertThat(r.krippendorffsAlpha().undefined()).isEqualTo(NO_VARIATION);
        assertThat(r.gwetsAc1().value()).isEqualTo(1.0);
    }

    @Test
    void codeBothUsedEverywhereIsLikewiseWithoutVariation() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(7, 0, 0, 0));

        assertThat(r.prevalenceA().value()).isEqualTo(1.0);
        assertThat(r.observedAgreement().value()).isEqualTo(1.0);
        assertThat(r.cohensKappa().undefined()).isEqualTo(NO_VARIATION);
        assertThat(r.krippendorffsAlpha().undefined()).isEqualTo(NO_VARIATION);
        assertThat(r.gwetsAc1().value()).isEqualTo(1.0);
    }

    @Test
    void zeroUnitsLeaveEveryFigureUndefined() {
        BinaryAgreement r = Agreement.binary(PresenceCounts.EMPTY);

        for (Measure m : List.of(
                r.prevalenceA(),
                r.prevalenceB(),
                r.observedAgreement(),
                r.cohensKappa(),
                r.krippendorffsAlpha(),
                r.gwetsAc1())) {
            assertThat(m.undefined()).isEqualTo(NO_UNITS);
        }
    }

    @Test
    void oneAgreeingUnitHasNoVariation() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(1, 0, 0, 0));

        assertThat(r.observedAgreement().value()).isEqualTo(1.0);
        assertThat(r.cohensKappa().undefined()).isEqualTo(NO_VARIATION);
        assertThat(r.gwetsAc1().value()).isEqualTo(1.0);
    }

    @Test
    void oneDisagreeingUnitFollowsTheFormulas() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(0, 1, 0, 0));

        assertThat(r.observedAgreement().value()).isZero();
        assertThat(r.cohensKappa().value()).isEqualTo(0.0);
        assertThat(r.krippendorffsAlpha().value()).isEqualTo(0.0);
        assertThat(r.gwetsAc1().value()).isEqualTo(-1.0);
    }

    @Test
    void identicalCodersAgreePerfectly() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(3, 0, 0, 7));

        assertThat(r.cohensKappa().value()).isEqualTo(1.0);
        assertThat(r.krippendorffsAlpha().value()).isEqualTo(1.0);
        assertThat(r.gwetsAc1().value()).isEqualTo(1.0);
    }

    @Test
    void perfectDisagreementIsTheMinimum() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(0, 5, 5, 0));

        assertThat(r.observedAgreement().value()).isZero();
        assertThat(r.cohensKappa().value()).isEqualTo(-1.0);
        assertThat(r.gwetsAc1().value()).isEqualTo(-1.0);
        // α = 1 − (n − 1) o01 / (n0 n1) = 1 − 19 · 10 / (10 · 10): α's small-sample correction keeps it above −1.
        assertThat(r.krippendorffsAlpha().value()).isCloseTo(-0.9, within(1e-12));
    }

    @Test
    void oneCoderEverywhereTheOtherNowhere() {
        BinaryAgreement r = Agreement.binary(new PresenceCounts(0, 4, 0, 0));

        assertThat(r.cohensKappa().value()).isEqualTo(0.0);
        assertThat(r.gwetsAc1().value()).isEqualTo(-1.0);
        assertThat(r.krippendorffsAlpha().value()).isCloseTo(1 - 7.0 / 4, within(1e-12));
    }

    @Test
    void generalAlphaAndAc1WithoutPairableUnitsOrVariation() {
        ReliabilityData unpaired = ReliabilityData.fromCoderRows(List.of(row("a", null), row(null, "b")));
        ReliabilityData oneValue = ReliabilityData.fromCoderRows(List.of(row("a", "a"), row("a", "a")));

        assertThat(Agreement.krippendorffsAlpha(unpaired).undefined()).isEqualTo(NO_UNITS);
        assertThat(Agreement.gwetsAc1(unpaired).undefined()).isEqualTo(NO_UNITS);
        assertThat(Agreement.krippendorffsAlpha(oneValue).undefined()).isEqualTo(NO_VARIATION);
        assertThat(Agreement.gwetsAc1(oneValue).undefined()).isEqualTo(NO_VARIATION);
        assertThat(Agreement.gwetsAc1(oneValue.withDomain(Set.of("a", "b"))).value())
                .isEqualTo(1.0);
        assertThat(Agreement.krippendorffsAlpha(ReliabilityData.fromCoderRows(List.of()))
                        .undefined())
                .isEqualTo(NO_UNITS);
    }

    @Test
    void unitizedAlphaOfNothing() {
        assertThat(Agreement.unitizedAlpha(List.of()).alpha().undefined()).isEqualTo(NO_UNITS);
        assertThat(Agreement.unitizedAlpha(List.of(new Continuum(0, List.of(), List.of())))
                        .alpha()
                        .undefined())
                .isEqualTo(NO_UNITS);
        assertThat(Agreement.unitizedAlpha(List.of(new Continuum(50, List.of(), List.of())))
                        .alpha()
                        .undefined())
                .isEqualTo(NO_VARIATION);
        assertThat(UnitizedAlpha.pooled(List.of()).undefined()).isEqualTo(NO_CODES);
    }

    @Test
    void unitizedAlphaOfIdenticalOrWholeMarkingsIsOne() {
        List<Span> same = List.of(new Span(3, 9), new Span(20, 25));
        assertThat(Agreement.unitizedAlpha(List.of(new Continuum(30, same, same)))
                        .alpha()
                        .value())
                .isEqualTo(1.0);
        List<Span> all = List.of(new Span(0, 30));
        assertThat(Agreement.unitizedAlpha(List.of(new Continuum(30, all, all)))
                        .alpha()
                        .value())
                .isEqualTo(1.0);
    }

    @Test
    void aComparisonWithoutFragmentsOrCodes() {
        UUID code = UUID.randomUUID();
        AgreementReport none =
                Agreement.compare(new ComparisonInput(List.of(), List.of(), List.of(), null, UnitMode.FRAGMENT, false));
        AgreementReport unused = Agreement.compare(
                new ComparisonInput(List.of(), List.of(), List.of(), List.of(code), UnitMode.CHARACTER, false));

        assertThat(none.codes()).isEmpty();
        assertThat(none.overall().meanKappa().undefined()).isEqualTo(NO_CODES);
        assertThat(none.overall().pooled().cohensKappa().undefined()).isEqualTo(NO_UNITS);
        assertThat(unused.codes()).singleElement().satisfies(c -> {
            assertThat(c.agreement().cohensKappa().undefined()).isEqualTo(NO_UNITS);
            assertThat(c.unitized().alpha().undefined()).isEqualTo(NO_UNITS);
        });
        assertThat(unused.overall().meanAlpha().undefined()).isEqualTo(NO_CODES);
        assertThat(unused.overall().pooledUnitizedAlpha().undefined()).isEqualTo(NO_CODES);
    }

    private static List<String> row(String... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
