package com.theogen.coding.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Krippendorff's nominal α and Gwet's AC1 over reliability data with any number of coders and missing values. */
final class NominalCoefficients {

    private NominalCoefficients() {}

    /**
     * α = 1 − D<sub>o</sub>/D<sub>e</sub> from the coincidence matrix (Krippendorff 2011): only units with m<sub>u</sub>
     * ≥ 2 values are pairable; o<sub>ck</sub> = Σ<sub>u</sub> (pairs of values c,k in u) / (m<sub>u</sub> − 1),
     * n<sub>c</sub> = Σ<sub>k</sub> o<sub>ck</sub>, n = Σ n<sub>c</sub>; for nominal data α = ((n − 1) Σ o<sub>cc</sub> −
     * Σ n<sub>c</sub>(n<sub>c</sub> − 1)) / (n(n − 1) − Σ n<sub>c</sub>(n<sub>c</sub> − 1)).
     */
    static Measure alpha(ReliabilityData data) {
        Map<String, Double> marginals = new HashMap<>();
        double agreeing = 0;
        double n = 0;
        for (List<String> unit : data.units()) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            Map<String, Integer> counts = tally(unit);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int k = e.getValue();
                agreeing += k * (k - 1) / (double) (m - 1);
                marginals.merge(e.getKey(), (double) k, Double::sum);
            }
            n += m;
        }
        if (n == 0) {
            return Measure.undefined(Measure.Undefined.NO_UNITS);
        }
        double sameValuePairs = 0;
        for (double nc : marginals.values()) {
            sameValuePairs += nc * (nc - 1);
        }
        double expectedDisagreement = n * (n - 1) - sameValuePairs;
        if (expectedDisagreement <= 0) {
            return Measure.undefined(Measure.Undefined.NO_VARIATION);
        }
        return Measure.of(((n - 1) * agreeing - sameValuePairs) / expectedDisagreement);
    }

    /**
     * AC1 for r raters with missing ratings (Gwet 2008; Gwet 2014, ch. 2–4): over the n units with at least one
     * rating, π<sub>k</sub> = (1/n) Σ<sub>u</sub> r<sub>uk</sub>/r<sub>u</sub>; p<sub>e</sub> = Σ<sub>k</sub>
     * π<sub>k</sub>(1 − π<sub>k</sub>) / (q − 1) with q the size of the domain; over the n' units with r<sub>u</sub>
     * ≥ 2 ratings, p<sub>a</sub> = (1/n') Σ<sub>u</sub> Σ<sub>k</sub> r<sub>uk</sub>(r<sub>uk</sub> − 1) / (r<sub>u</sub>(r<sub>u</sub>
     * − 1)); AC1 = (p<sub>a</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>).
     */
    static Measure ac1(ReliabilityData data) {
        int q = data.domain().size();
        Map<String, Double> pi = new HashMap<>();
        int rated = 0;
        int pairable = 0;
        double agreement = 0;
        for (List<String> unit : data.units()) {
            int r = unit.size();
            if (r == 0) {
                continue;
            }
            rated++;
            Map<String, Integer> counts = tally(unit);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                pi.merge(e.getKey(), e.getValue() / (double) r, Double::sum);
            }
            if (r >= 2) {
                pairable++;
                for (int k : counts.values()) {
                    agreement += k * (k - 1) / (double) (r * (r - 1));
                }
            }
        }
        if (pairable == 0) {
            return Measure.undefined(Measure.Undefined.NO_UNITS);
        }
        if (q < 2) {
            return Measure.undefined(Measure.Undefined.NO_VARIATION);
        }
        double pe = 0;
        for (double share : pi.values()) {
            double p = share / rated;
            pe += p * (1 - p);
        }
        pe /= q - 1;
        double pa = agreement / pairable;
        return Measure.of((pa - pe) / (1 - pe));
    }

    private static Map<String, Integer> tally(List<String> unit) {
        Map<String, Integer> counts = new HashMap<>();
        for (String value : unit) {
            counts.merge(value, 1, Integer::sum);
        }
        return counts;
    }
}
