package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Computes {@link UnitizedAlpha}; see its javadoc for the definition. */
final class UnitizingCalculator {

    private static final int CODERS = 2;

    private UnitizingCalculator() {}

    static UnitizedAlpha compute(List<Continuum> continua) {
        long length = 0;
        double distance = 0;
        List<Span> units = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (Continuum continuum : continua) {
            List<Span> a = merge(continuum.a());
            List<Span> b = merge(continuum.b());
            length += continuum.length();
            distance += observedDistance(a, b);
            units.addAll(a);
            units.addAll(b);
            gaps.addAll(gaps(a, continuum.length()));
            gaps.addAll(gaps(b, continuum.length()));
        }
        if (length == 0) {
            return new UnitizedAlpha(0, 0, 0, 0, Measure.undefined(Measure.Undefined.NO_UNITS));
        }
        double l = length;
        // Σ_i Σ_{j≠i} counts each pair of sections twice; divided by m(m − 1) L² = 2L² for two coders.
        double observed = 2 * distance / (CODERS * (CODERS - 1) * l * l);
        double expected = expected(units, gaps, l);
        Measure alpha =
                expected > 0 ? Measure.of(1 - observed / expected) : Measure.undefined(Measure.Undefined.NO_VARIATION);
        return new UnitizedAlpha(length, units.size(), observed, expected, alpha);
    }

    /** Union of possibly overlapping or touching spans, sorted. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span span : sorted) {
            if (span.start() > end) {
                if (end > start) {
                    merged.add(new Span(start, end));
                }
                start = span.start();
                end = span.end();
            } else {
                end = Math.max(end, span.end());
            }
        }
        if (end > start) {
            merged.add(new Span(start, end));
        }
        return merged;
    }

    /**
     * Σ over pairs (unit of A, unit of B) that overlap of the squared begin and end differences, plus the squared
     * length of every unit that overlaps no unit of the other coder (it lies inside one of the other's gaps).
     */
    private static double observedDistance(List<Span> a, List<Span> b) {
        double sum = 0;
        boolean[] bMatched = new boolean[b.size()];
        int first = 0;
        for (Span unit : a) {
            while (first < b.size() && b.get(first).end() <= unit.start()) {
                first++;
            }
            boolean matched = false;
            for (int j = first; j < b.size() && b.get(j).start() < unit.end(); j++) {
                Span other = b.get(j);
                double begins = unit.start() - other.start();
                double ends = unit.end() - other.end();
                sum += begins * begins + ends * ends;
                matched = true;
                bMatched[j] = true;
            }
            if (!matched) {
                sum += square(unit.length());
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!bMatched[j]) {
                sum += square(b.get(j).length());
            }
        }
        return sum;
    }

    private static List<Integer> gaps(List<Span> units, int length) {
        List<Integer> gaps = new ArrayList<>();
        int position = 0;
        for (Span unit : units) {
            if (unit.start() > position) {
                gaps.add(unit.start() - position);
            }
            position = unit.end();
        }
        if (length > position) {
            gaps.add(length - position);
        }
        return gaps;
    }

    private static double expected(List<Span> units, List<Integer> gapList, double length) {
        int[] gaps = gapList.stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] suffixSums = new double[gaps.length + 1];
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffixSums[i] = suffixSums[i + 1] + gaps[i];
        }
        double n = units.size();
        double sum = 0;
        double sameUnitPairs = 0;
        for (Span unit : units) {
            double l = unit.length();
            int from = firstAtLeast(gaps, unit.length());
            double placements = suffixSums[from] - (l - 1) * (gaps.length - from);
            sum += (n - 1) / 3 * (2 * l * l * l - 3 * l * l + l) + l * l * placements;
            sameUnitPairs += l * (l - 1);
        }
        double ml = CODERS * length;
        return (2 / length) * sum / (ml * (ml - 1) - sameUnitPairs);
    }

    /** Index of the first gap of at least {@code length} in the ascending array (its length if none). */
    private static int firstAtLeast(int[] gaps, int length) {
        int index = Arrays.binarySearch(gaps, length);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && gaps[index - 1] == length) {
            index--;
        }
        return index;
    }

    private static double square(int value) {
        return (double) value * value;
    }
}
