package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Nominal reliability data in Krippendorff's canonical form, for any number of coders with missing values: for
 * each unit, the values the coders who judged it assigned (a missing judgement is simply left out).
 *
 * @param units per unit, the assigned values (never null, no null element; a unit may have 0 or 1 value)
 * @param domain the values a coder could assign; at least every value that occurs. Gwet's AC1 uses its size q
 *     (two for present/absent even where only one of them occurs); α does not depend on it.
 */
public record ReliabilityData(List<List<String>> units, Set<String> domain) {

    public ReliabilityData {
        units = units.stream().map(List::copyOf).toList();
        domain = Collections.unmodifiableSet(new LinkedHashSet<>(domain));
        for (List<String> unit : units) {
            for (String value : unit) {
                if (!domain.contains(value)) {
                    throw new IllegalArgumentException("value outside the domain: " + value);
                }
            }
        }
    }

    /**
     * Builds the data from one row per coder, one column per unit ({@code null} = the coder did not judge the
     * unit), the domain being the values that occur.
     */
    public static ReliabilityData fromCoderRows(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> units = new ArrayList<>();
        Set<String> domain = new TreeSet<>();
        for (int u = 0; u < width; u++) {
            List<String> values = new ArrayList<>();
            for (List<String> row : rows) {
                String value = u < row.size() ? row.get(u) : null;
                if (value != null) {
                    values.add(value);
                    domain.add(value);
                }
            }
            units.add(values);
        }
        return new ReliabilityData(units, domain);
    }

    /** Two coders' present/absent judgements of one code ({@code "1"}/{@code "0"}), domain {0, 1}. */
    public static ReliabilityData binary(boolean[] a, boolean[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("both coders must judge the same units");
        }
        List<List<String>> units = new ArrayList<>(a.length);
        for (int i = 0; i < a.length; i++) {
            units.add(List.of(a[i] ? "1" : "0", b[i] ? "1" : "0"));
        }
        return new ReliabilityData(units, Set.of("0", "1"));
    }

    /** The same units over a larger domain. */
    public ReliabilityData withDomain(Set<String> values) {
        Objects.requireNonNull(values, "values");
        return new ReliabilityData(units, values);
    }
}
