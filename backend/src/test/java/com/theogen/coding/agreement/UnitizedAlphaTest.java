package com.theogen.coding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * α_u on cases computed by hand from the definition on {@link UnitizedAlpha} (Krippendorff 2004), m = 2:
 * D<sub>o</sub> = Σ pair distances / L², D<sub>e</sub> = (2/L) Σ<sub>units</sub> [(N − 1)/3 (2l³ − 3l² + l) +
 * l² Σ<sub>gaps ≥ l</sub> (gap − l + 1)] / (2L(2L − 1) − Σ l(l − 1)).
 */
class UnitizedAlphaTest {

    @Test
    void oneShiftedBoundary() {
        // L = 10, A [2,6), B [3,6). D_o = ((2−3)² + (6−6)²) / 100 = 0.01.
        // Units l = 4 and 3, N = 2; gaps A: 2, 4; B: 3, 4.
        // l = 4: (1/3)(128 − 48 + 4) = 28, gaps ≥ 4: 4, 4 → 16 · 2 = 32 → 60.
        // l = 3: (1/3)(54 − 27 + 3) = 10, gaps ≥ 3: 4, 4, 3 → 9 · 5 = 45 → 55.
        // D_e = (2/10) · 115 / (20 · 19 − (12 + 6)) = 23 / 362.
        UnitizedAlpha u =
                Agreement.unitizedAlpha(List.of(new Continuum(10, List.of(new Span(2, 6)), List.of(new Span(3, 6)))));

        assertThat(u.observedDisagreement()).isCloseTo(0.01, within(1e-12));
        assertThat(u.expectedDisagreement()).isCloseTo(23.0 / 362, within(1e-12));
        assertThat(u.alpha().value()).isCloseTo(1 - 0.01 * 362 / 23, within(1e-12));
        assertThat(u.units()).isEqualTo(2);
    }

    @Test
    void touchingAndOverlappingSpansOfOneCoderAreOneUnit() {
        Continuum split =
                new Continuum(10, List.of(new Span(2, 4), new Span(4, 5), new Span(3, 6)), List.of(new Span(3, 6)));
        Continuum whole = new Continuum(10, List.of(new Span(2, 6)), List.of(new Span(3, 6)));

        assertThat(Agreement.unitizedAlpha(List.of(split))).isEqualTo(Agreement.unitizedAlpha(List.of(whole)));
    }

    @Test
    void gapsDoNotRunAcrossInterviews() {
        // Interview 1: L = 4, A [0,2), B nothing; interview 2: L = 4, nothing. L = 8, one unit l = 2, N = 1.
        // D_o = 2² / 8² = 0.0625 (A's unit lies inside B's gap).
        // Gaps: A [2,4) = 2, B 4, and in interview 2 A 4, B 4 → Σ (gap − 1) = 1 + 3 + 3 + 3 = 10 → 4 · 10 = 40.
        // D_e = (2/8) · 40 / (16 · 15 − 2) = 10 / 238. (Joined into one continuum, A's gaps 2 and 4 would make
        // a gap of 6 and D_e = 12 / 238.)
        UnitizedAlpha u = Agreement.unitizedAlpha(
                List.of(new Continuum(4, List.of(new Span(0, 2)), List.of()), new Continuum(4, List.of(), List.of())));

        assertThat(u.length()).isEqualTo(8);
        assertThat(u.observedDisagreement()).isCloseTo(0.0625, within(1e-12));
        assertThat(u.expectedDisagreement()).isCloseTo(10.0 / 238, within(1e-12));
        assertThat(u.alpha().value()).isCloseTo(-0.4875, within(1e-12));
    }

    @Test
    void aUnitOnlyOneCoderSawCountsItsSquaredLength() {
        // L = 10, A [1,3) and [6,9), B [6,9): D_o = 2² / 100 (A's first unit is inside B's gap).
        UnitizedAlpha u = Agreement.unitizedAlpha(
                List.of(new Continuum(10, List.of(new Span(1, 3), new Span(6, 9)), List.of(new Span(6, 9)))));

        assertThat(u.observedDisagreement()).isCloseTo(0.04, within(1e-12));
        assertThat(u.alpha().value()).isLessThan(1.0).isGreaterThan(0.0);
    }

    @Test
    void spansOutsideTheContinuumAreRejected() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Continuum(5, List.of(new Span(3, 6)), List.of()));
    }
}
