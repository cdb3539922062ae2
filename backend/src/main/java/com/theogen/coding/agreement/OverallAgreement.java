package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Figures across codes (docs/adr/024). The <b>headline</b> is the unweighted mean of the per-code coefficients
 * over the codes with variation — codes nobody used, or both used in every unit, are listed per code but say
 * nothing about reliability and would pull the mean towards whatever convention fills their 0/0. The
 * {@code pooled} table sums the 2×2 counts of those same codes and applies the per-code formulas to it (every
 * (unit, code) pair one binary judgement); it weights frequent codes more and is reported beside the mean, not
 * instead of it.
 *
 * @param codes codes compared
 * @param codesWithVariation codes the means and the pooled table are taken over
 * @param meanObservedAgreement mean p<sub>o</sub>; {@code NO_CODES} when no code has variation (likewise below)
 * @param meanKappa mean Cohen's κ
 * @param meanAlpha mean Krippendorff's α: nominal in fragment mode, α_u in character mode
 * @param meanAc1 mean Gwet's AC1
 * @param pooled the figures of the summed 2×2 table
 * @param pooledUnitizedAlpha character mode: 1 − ΣD<sub>o</sub>/ΣD<sub>e</sub> over the codes (Krippendorff's
 *     aggregation over values); {@code null} in fragment mode
 */
public record OverallAgreement(
        int codes,
        int codesWithVariation,
        Measure meanObservedAgreement,
        Measure meanKappa,
        Measure meanAlpha,
        Measure meanAc1,
        BinaryAgreement pooled,
        Measure pooledUnitizedAlpha) {

    static OverallAgreement of(List<CodeAgreement> perCode, UnitMode unit) {
        List<CodeAgreement> varying =
                perCode.stream().filter(CodeAgreement::hasVariation).toList();
        PresenceCounts pooledCounts = PresenceCounts.EMPTY;
        List<UnitizedAlpha> unitized = new ArrayList<>();
        for (CodeAgreement code : varying) {
            pooledCounts = pooledCounts.plus(code.agreement().counts());
            if (code.unitized() != null) {
                unitized.add(code.unitized());
            }
        }
        boolean character = unit == UnitMode.CHARACTER;
        Function<CodeAgreement, Measure> alpha =
                character ? c -> c.unitized().alpha() : c -> c.agreement().krippendorffsAlpha();
        return new OverallAgreement(
                perCode.size(),
                varying.size(),
                mean(varying, c -> c.agreement().observedAgreement()),
                mean(varying, c -> c.agreement().cohensKappa()),
                mean(varying, alpha),
                mean(varying, c -> c.agreement().gwetsAc1()),
                BinaryAgreement.of(pooledCounts),
                character ? UnitizedAlpha.pooled(unitized) : null);
    }

    /** Mean of the defined values; with variation κ, α, AC1 and α_u are always defined, so none is dropped. */
    private static Measure mean(List<CodeAgreement> codes, Function<CodeAgreement, Measure> figure) {
        double sum = 0;
        int n = 0;
        for (CodeAgreement code : codes) {
            Measure m = figure.apply(code);
            if (m.isDefined()) {
                sum += m.value();
                n++;
            }
        }
        return n == 0 ? Measure.undefined(Measure.Undefined.NO_CODES) : Measure.of(sum / n);
    }
}
