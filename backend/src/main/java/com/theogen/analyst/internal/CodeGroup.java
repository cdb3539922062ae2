package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A code being built: the phrase candidates merged into it (the first one leads) and its label. */
final class CodeGroup {

    private final List<Candidate> members = new ArrayList<>();
    private final List<String> absorbed = new ArrayList<>();
    private String existingLabel;

    CodeGroup(Candidate lead) {
        members.add(lead);
    }

    void merge(Candidate candidate) {
        members.add(candidate);
    }

    /** Takes in a near-duplicate code: its phrases become this code's variants, its label is remembered. */
    void absorb(CodeGroup other) {
        absorbed.add(other.label());
        absorbed.addAll(other.absorbed);
        members.addAll(other.members);
    }

    /** Labels of the near-duplicate codes absorbed into this one. */
    List<String> absorbed() {
        return List.copyOf(absorbed);
    }

    /** Fragments where any of its phrases occurs. */
    Set<Integer> fragments() {
        Set<Integer> fragments = new TreeSet<>();
        members.forEach(m -> fragments.addAll(m.fragments()));
        return fragments;
    }

    void reuse(String label) {
        this.existingLabel = label;
    }

    Candidate lead() {
        return members.get(0);
    }

    List<Candidate> members() {
        return members;
    }

    Tongue language() {
        return lead().language();
    }

    Language reportLanguage() {
        return lead().reportLanguage();
    }

    boolean reused() {
        return existingLabel != null;
    }

    double score() {
        return lead().score();
    }

    /** The existing label when reused, otherwise the lead phrase as participants most often said it. */
    String label() {
        return existingLabel != null ? existingLabel : readable(lead().surfaces());
    }

    /** Surface forms of every member, lower-cased unless always capitalised, most frequent first. */
    List<String> variants() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Candidate member : members) {
            Map<String, Integer> byLower = new TreeMap<>();
            member.surfaces().forEach((s, n) -> byLower.merge(s.toLowerCase(Locale.ROOT), n, Integer::sum));
            byLower.forEach((lower, n) -> counts.merge(readable(filter(member.surfaces(), lower)), n, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The most frequent surface form; lower-cased when participants also wrote it in lower case (so a
     * sentence-initial capital does not stick), kept as written otherwise ("NHS", "Alzheimer").
     */
    static String readable(Map<String, Integer> surfaces) {
        Map<String, Integer> byLower = new TreeMap<>();
        surfaces.forEach((s, n) -> byLower.merge(s.toLowerCase(Locale.ROOT), n, Integer::sum));
        String lower = byLower.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        if (surfaces.containsKey(lower)) {
            return lower;
        }
        return filter(surfaces, lower).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
    }

    private static Map<String, Integer> filter(Map<String, Integer> surfaces, String lower) {
        Map<String, Integer> same = new TreeMap<>();
        surfaces.forEach((s, n) -> {
            if (s.toLowerCase(Locale.ROOT).equals(lower)) {
                same.put(s, n);
            }
        });
        return same;
    }
}
