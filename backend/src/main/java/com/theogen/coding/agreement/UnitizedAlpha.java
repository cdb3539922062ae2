package com.theogen.coding.agreement;

import java.util.List;

/**
 * Krippendorff's unitizing α (α_u) for two coders and one code over one or more continua, in the definition of
 * Krippendorff (2004, <i>Content Analysis</i>, 2nd ed., α for unitizing, worked example on p. 254), the
 * corrected form of Krippendorff (1995). Each coder's marking cuts a continuum of length L into units (runs of coded characters) and
 * gaps. With m = 2 coders:
 * <ul>
 *   <li>distance of two sections g, h of different coders: both units and overlapping → (b<sub>g</sub> −
 *       b<sub>h</sub>)² + (e<sub>g</sub> − e<sub>h</sub>)² (squared differences of begins and ends); a unit
 *       lying inside the other's gap → its length²; otherwise 0;</li>
 *   <li>{@code observedDisagreement} D<sub>o</sub> = Σ<sub>i</sub> Σ<sub>j≠i</sub> Σ<sub>g,h</sub> δ² / (m(m − 1)
 *       L²);</li>
 *   <li>{@code expectedDisagreement} D<sub>e</sub> = (2/L) Σ<sub>units g</sub> [ (N − 1)/3 · (2l³ − 3l² + l) +
 *       l² Σ<sub>gaps h, l<sub>h</sub> ≥ l</sub> (l<sub>h</sub> − l + 1) ] / (mL(mL − 1) − Σ<sub>units</sub> l(l −
 *       1)), N the number of units of both coders;</li>
 *   <li>α<sub>u</sub> = 1 − D<sub>o</sub>/D<sub>e</sub>.</li>
 * </ul>
 * Several continua (interviews) are one continuum whose gaps never cross an interview boundary: L is the total
 * length, D<sub>o</sub> sums over interviews and D<sub>e</sub> places units only in gaps of a single interview.
 * Edge cases: L = 0 → {@code NO_UNITS}; no coded character by either coder (D<sub>e</sub> = 0) →
 * {@code NO_VARIATION}; identical markings → 1. The figure is symmetric in A and B and at most 1. See
 * docs/adr/024 for why this variant.
 *
 * @param length L, characters compared
 * @param units N, units (runs of coded characters) of both coders together
 * @param observedDisagreement D<sub>o</sub> (0 when L = 0)
 * @param expectedDisagreement D<sub>e</sub> (0 when L = 0 or nothing is coded)
 * @param alpha α<sub>u</sub>
 */
public record UnitizedAlpha(
        long length, long units, double observedDisagreement, double expectedDisagreement, Measure alpha) {

    /** α_u of one code over the given continua (one per interview). */
    public static UnitizedAlpha of(List<Continuum> continua) {
        return UnitizingCalculator.compute(continua);
    }

    /**
     * Krippendorff's aggregation over several codes (values) of the same continua: 1 − ΣD<sub>o</sub> /
     * ΣD<sub>e</sub>. {@code NO_CODES} for an empty list, {@code NO_VARIATION} when ΣD<sub>e</sub> = 0.
     */
    public static Measure pooled(List<UnitizedAlpha> perCode) {
        if (perCode.isEmpty()) {
            return Measure.undefined(Measure.Undefined.NO_CODES);
        }
        double observed = 0;
        double expected = 0;
        for (UnitizedAlpha code : perCode) {
            observed += code.observedDisagreement();
            expected += code.expectedDisagreement();
        }
        return expected > 0 ? Measure.of(1 - observed / expected) : Measure.undefined(Measure.Undefined.NO_VARIATION);
    }
}
