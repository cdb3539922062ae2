package com.theogen.coding.agreement;

import java.util.List;

/**
 * Inter-coder agreement statistics (docs/adr/024). Pure functions: thread-safe, no I/O. No method returns
 * {@code NaN} or throws for a statistical edge case; an undefined figure is a {@link Measure} with its reason.
 * Malformed input throws {@link IllegalArgumentException}.
 */
public final class Agreement {

    private Agreement() {}

    /** Counts, prevalences, p<sub>o</sub>, κ, α and AC1 of one code; formulas on {@link BinaryAgreement}. */
    public static BinaryAgreement binary(PresenceCounts counts) {
        return BinaryAgreement.of(counts);
    }

    /**
     * Krippendorff's α for nominal data, any number of coders, missing values allowed (Krippendorff 2011):
     * α = 1 − D<sub>o</sub>/D<sub>e</sub> from the coincidence matrix of the pairable units (those with at
     * least two values). {@code NO_UNITS} when no unit has two values; {@code NO_VARIATION} when only one value
     * occurs (D<sub>e</sub> = 0).
     */
    public static Measure krippendorffsAlpha(ReliabilityData data) {
        return NominalCoefficients.alpha(data);
    }

    /**
     * Gwet's AC1 for any number of raters with missing ratings (Gwet 2008; Gwet 2014): p<sub>a</sub> over the
     * units with at least two ratings, p<sub>e</sub> = Σ π<sub>k</sub>(1 − π<sub>k</sub>)/(q − 1) over the units
     * with at least one, q = size of the domain. {@code NO_UNITS} when no unit has two ratings;
     * {@code NO_VARIATION} when the domain has a single value.
     */
    public static Measure gwetsAc1(ReliabilityData data) {
        return NominalCoefficients.ac1(data);
    }

    /** Krippendorff's unitizing α_u for one code, two coders, over one continuum per interview. */
    public static UnitizedAlpha unitizedAlpha(List<Continuum> continua) {
        return UnitizedAlpha.of(continua);
    }

    /**
     * Compares two coders code by code over fragments or characters: per code the 2×2 counts and coefficients
     * (and α_u in character mode) with the list of disagreements, and the overall figures.
     */
    public static AgreementReport compare(ComparisonInput input) {
        return CoderComparison.compare(input);
    }
}
