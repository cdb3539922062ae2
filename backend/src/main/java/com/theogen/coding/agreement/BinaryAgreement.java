package com.theogen.coding.agreement;

/**
 * Agreement of two coders on one code, over units judged present/absent (fragments, or characters). With
 * {@code a = both, b = onlyA, c = onlyB, d = neither}, {@code N = a + b + c + d}:
 * <ul>
 *   <li>{@code prevalenceA = (a + b) / N}, {@code prevalenceB = (a + c) / N};</li>
 *   <li>{@code observedAgreement} p<sub>o</sub> = (a + d) / N;</li>
 *   <li>{@code cohensKappa} κ = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), p<sub>e</sub> = p<sub>A</sub>
 *       p<sub>B</sub> + (1 − p<sub>A</sub>)(1 − p<sub>B</sub>) (Cohen 1960), computed as the equivalent
 *       2(ad − bc) / ((a + b)(b + d) + (a + c)(c + d));</li>
 *   <li>{@code krippendorffsAlpha} α (nominal, two coders, no missing values; Krippendorff 2011): from the
 *       coincidence matrix, n = 2N, o<sub>01</sub> = b + c, n<sub>1</sub> = 2a + b + c, n<sub>0</sub> = 2d + b +
 *       c, α = 1 − (n − 1) o<sub>01</sub> / (n<sub>0</sub> n<sub>1</sub>);</li>
 *   <li>{@code gwetsAc1} AC1 = (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>) with π = (2a + b + c) / 2N and
 *       p<sub>e</sub> = 2π(1 − π) (Gwet 2008, two raters, two categories).</li>
 * </ul>
 * Edge cases (docs/adr/024): no unit → every figure undefined ({@code NO_UNITS}); no variation (the code is
 * absent everywhere for both coders, or present everywhere for both) → p<sub>o</sub> = 1, κ and α undefined
 * ({@code NO_VARIATION}: p<sub>e</sub> = 1 and D<sub>e</sub> = 0), AC1 = 1 (its p<sub>e</sub> is 0 there). One
 * unit follows the same formulas: agreeing is "no variation", disagreeing gives κ = 0, α = 0, AC1 = −1.
 * κ, AC1 ∈ [−1, 1]; α ∈ [−1, 1] for two coders. All three are symmetric in A and B.
 */
public record BinaryAgreement(
        PresenceCounts counts,
        Measure prevalenceA,
        Measure prevalenceB,
        Measure observedAgreement,
        Measure cohensKappa,
        Measure krippendorffsAlpha,
        Measure gwetsAc1) {

    /** The figures of a 2×2 table. */
    public static BinaryAgreement of(PresenceCounts counts) {
        long n = counts.units();
        if (n == 0) {
            Measure none = Measure.undefined(Measure.Undefined.NO_UNITS);
            return new BinaryAgreement(counts, none, none, none, none, none, none);
        }
        double units = n;
        Measure noVariation = Measure.undefined(Measure.Undefined.NO_VARIATION);
        boolean variation = counts.hasVariation();
        return new BinaryAgreement(
                counts,
                Measure.of(counts.presentA() / units),
                Measure.of(counts.presentB() / units),
                Measure.of(counts.agreements() / units),
                variation ? Measure.of(kappa(counts)) : noVariation,
                variation ? Measure.of(alpha(counts)) : noVariation,
                Measure.of(ac1(counts)));
    }

    private static double kappa(PresenceCounts t) {
        double a = t.both(), b = t.onlyA(), c = t.onlyB(), d = t.neither();
        return 2 * (a * d - b * c) / ((a + b) * (b + d) + (a + c) * (c + d));
    }

    private static double alpha(PresenceCounts t) {
        double n = 2.0 * t.units();
        double disagreeing = t.onlyA() + t.onlyB();
        double ones = 2.0 * t.both() + disagreeing;
        double zeros = 2.0 * t.neither() + disagreeing;
        return 1 - (n - 1) * disagreeing / (zeros * ones);
    }

    private static double ac1(PresenceCounts t) {
        double n = t.units();
        double po = t.agreements() / n;
        double pi = (2.0 * t.both() + t.onlyA() + t.onlyB()) / (2 * n);
        double pe = 2 * pi * (1 - pi);
        return (po - pe) / (1 - pe);
    }
}
