package com.theogen.coding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The statistics reproduce worked examples with the values their authors printed (sources in docs/adr/024):
 * <ul>
 *   <li>Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 *       Communication, U. Pennsylvania: §A binary data, two observers (α = 0.095), §B nominal data, two
 *       observers (α = 0.692), §C nominal data, four observers, missing values (α = 0.743).</li>
 *   <li>Sim, J., Wright, C. C. (2005). The kappa statistic in reliability studies. Physical Therapy 85(3):
 *       257–268, Table 1 (lateral shift relevant / not relevant, 39 patients): κ = 0.67.</li>
 *   <li>Gwet, K. L. (2014). Handbook of Inter-Rater Reliability, 4th ed., pp. 55–56 (with the publisher's
 *       erratum for p. 56): the 4 raters × 12 units data with missing ratings, p<sub>a</sub> = 0.8182,
 *       p<sub>e</sub> = 0.1903, AC1 = 0.7754.</li>
 *   <li>Krippendorff, K. (2004). Content Analysis, 2nd ed., p. 254: unitizing example, two observers, values c
 *       and k on the continuum [150, 450): α<sub>c</sub> = 0.7286 (D<sub>o</sub> = 0.0144, D<sub>e</sub> =
 *       0.0532), α<sub>k</sub> = 1 (D<sub>e</sub> = 0.0490), overall 0.8591 (from the rounded disagreements) — as reproduced in DKPro Statistics' Krippendorff2004Test.</li>
 * </ul>
 */
class PublishedExamplesTest {

    @Test
    void krippendorffBinaryTwoObserversIsPoint095() {
        boolean[] a = bits(0, 1, 0, 0, 0, 0, 0, 0, 1, 0);
        boolean[] b = bits(1, 1, 1, 0, 0, 1, 0, 0, 0, 0);

        BinaryAgreement binary = Agreement.binary(PresenceCounts.of(a, b));

        assertThat(binary.counts()).isEqualTo(new PresenceCounts(1, 1, 3, 5));
        assertThat(binary.krippendorffsAlpha().value()).isCloseTo(0.095, within(0.0005));
        assertThat(Agreement.krippendorffsAlpha(ReliabilityData.binary(a, b)).value())
                .isCloseTo(0.095, within(0.0005));
    }

    @Test
    void krippendorffNominalTwoObserversIsPoint692() {
        ReliabilityData data =
                ReliabilityData.fromCoderRows(List.of(row("a a b b d c c c e d d a"), row("b a b b b c c c e d d d")));

        assertThat(Agreement.krippendorffsAlpha(data).value()).isCloseTo(0.692, within(0.0005));
    }

    @Test
    void krippendorffNominalFourObserversWithMissingValuesIsPoint743() {
        ReliabilityData data = ReliabilityData.fromCoderRows(List.of(
                row("1 2 3 3 2 1 4 1 2 . . ."),
                row("1 2 3 3 2 2 4 1 2 5 . 3"),
                row(". 3 3 3 2 3 4 2 2 5 1 ."),
                row("1 2 3 3 2 4 4 1 2 5 1 .")));

        assertThat(Agreement.krippendorffsAlpha(data).value()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void simAndWrightTableOneKappaIsPoint67() {
        // Clinician 1 relevant & clinician 2 relevant 22; 1 relevant, 2 not 2; 1 not, 2 relevant 4; both not 11.
        BinaryAgreement binary = Agreement.binary(new PresenceCounts(22, 2, 4, 11));

        assertThat(binary.cohensKappa().value()).isCloseTo(0.67, within(0.005));
        assertThat(binary.observedAgreement().value()).isCloseTo(33.0 / 39, within(1e-12));
    }

    @Test
    void gwetHandbookFourRatersTwelveUnitsAc1IsPoint7754() {
        ReliabilityData data = ReliabilityData.fromCoderRows(List.of(
                row("a b c c b a d a b . . ."),
                row("a b c c b b d a b e . ."),
                row(". c c c b c d b b e a c"),
                row("a b c c b d d a b e a .")));

        assertThat(Agreement.gwetsAc1(data).value()).isCloseTo(0.7754, within(0.00005));
        // The same data are Krippendorff's example above in letters: α does not depend on the labels.
        assertThat(Agreement.krippendorffsAlpha(data).value()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void krippendorffUnitizingExampleGivesPrintedAlphas() {
        // Continuum [150, 450) shifted to [0, 300).
        Continuum c = new Continuum(
                300, List.of(span(225, 295), span(370, 400)), List.of(span(220, 300), span(355, 375), span(400, 420)));
        Continuum k =
                new Continuum(300, List.of(span(180, 240), span(300, 350)), List.of(span(180, 240), span(300, 350)));

        UnitizedAlpha alphaC = Agreement.unitizedAlpha(List.of(c));
        UnitizedAlpha alphaK = Agreement.unitizedAlpha(List.of(k));

        assertThat(alphaC.observedDisagreement()).isCloseTo(0.0144, within(0.00005));
        assertThat(alphaC.expectedDisagreement()).isCloseTo(0.0532, within(0.00005));
        assertThat(alphaC.alpha().value()).isCloseTo(0.7286, within(0.00005));
        assertThat(alphaK.observedDisagreement()).isZero();
        assertThat(alphaK.expectedDisagreement()).isCloseTo(0.0490, within(0.00005));
        assertThat(alphaK.alpha().value()).isCloseTo(1.0, within(1e-12));
        // The printed overall 1 − (0.0144 + 0) / (0.0532 + 0.0490) = 0.8591 uses the rounded disagreements;
        // unrounded it is 0.8587.
        assertThat(UnitizedAlpha.pooled(List.of(alphaC, alphaK)).value()).isCloseTo(0.8591, within(0.0005));
    }

    @Test
    void unitizingExampleThroughAFullCharacterComparison() {
        UUID interview = UUID.randomUUID();
        FragmentUnit fragment = new FragmentUnit(UUID.randomUUID(), interview, 150, 450, false);
        UUID codeC = UUID.randomUUID();
        UUID codeK = UUID.randomUUID();
        List<CodedSpan> a = List.of(
                new CodedSpan(codeC, interview, 225, 295),
                new CodedSpan(codeC, interview, 370, 400),
                new CodedSpan(codeK, interview, 180, 240),
                new CodedSpan(codeK, interview, 300, 350));
        List<CodedSpan> b = List.of(
                new CodedSpan(codeC, interview, 220, 300),
                new CodedSpan(codeC, interview, 355, 375),
                new CodedSpan(codeC, interview, 400, 420),
                new CodedSpan(codeK, interview, 180, 240),
                new CodedSpan(codeK, interview, 300, 350));

        AgreementReport report = Agreement.compare(
                new ComparisonInput(List.of(fragment), a, b, List.of(codeC, codeK), UnitMode.CHARACTER, false));

        assertThat(report.codes().get(0).unitized().alpha().value()).isCloseTo(0.7286, within(0.00005));
        assertThat(report.codes().get(1).unitized().alpha().value()).isCloseTo(1.0, within(1e-12));
        assertThat(report.overall().pooledUnitizedAlpha().value()).isCloseTo(0.8591, within(0.0005));
        // Characters of c: A codes 70 + 30, B 80 + 20 + 20, both 70 (225–295) + 5 (370–375).
        PresenceCounts counts = report.codes().get(0).agreement().counts();
        assertThat(counts.units()).isEqualTo(300);
        assertThat(counts.both()).isEqualTo(75);
        assertThat(counts.onlyA()).isEqualTo(25);
        assertThat(counts.onlyB()).isEqualTo(45);
    }

    private static Span span(int start, int end) {
        return new Span(start - 150, end - 150);
    }

    private static List<String> row(String values) {
        List<String> row = new ArrayList<>();
        for (String v : values.split(" ")) {
            row.add(v.equals(".") ? null : v);
        }
        return row;
    }

    private static boolean[] bits(int... values) {
        boolean[] bits = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = values[i] == 1;
        }
        return bits;
    }
}
