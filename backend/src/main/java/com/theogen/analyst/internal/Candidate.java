package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** Every occurrence of one phrase key (one language) across the project, with its statistics. */
final class Candidate {

    /** One occurrence: fragment index in the request order and the char span of the phrase. */
    record Occurrence(int fragment, int start, int end) {

        boolean covers(Occurrence other) {
            return fragment == other.fragment && start <= other.start && other.end <= end;
        }
    }

    private final Tongue language;
    private final Language reportLanguage;
    private final String key;
    private final List<String> stems;
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<Integer, List<Occurrence>> byFragment = new TreeMap<>();
    private final Set<Integer> fragments = new TreeSet<>();
    private final Set<UUID> interviews = new TreeSet<>();
    private final Map<String, Integer> surfaces = new TreeMap<>();
    private final Map<String, Integer> leadIns = new TreeMap<>();
    private double score;

    Candidate(Tongue language, Language reportLanguage, String key, List<String> stems) {
        this.language = language;
        this.reportLanguage = reportLanguage;
        this.key = key;
        this.stems = List.copyOf(stems);
    }

    void add(int fragment, UUID interview, int start, int end, String surface) {
        add(fragment, interview, start, end, surface, null);
    }

    /**
     * @param leadIn the function word right before the phrase in the same clause when it is not a determiner ("in"
     *     of "in particular"), or null
     */
    void add(int fragment, UUID interview, int start, int end, String surface, String leadIn) {
        if (leadIn != null) {
            leadIns.merge(leadIn, 1, Integer::sum);
        }
        Occurrence occurrence = new Occurrence(fragment, start, end);
        occurrences.add(occurrence);
        byFragment.computeIfAbsent(fragment, f -> new ArrayList<>()).add(occurrence);
        fragments.add(fragment);
        interviews.add(interview);
        surfaces.merge(surface, 1, Integer::sum);
    }

    Tongue language() {
        return language;
    }

    /** The report language of the fragments it was first found in (see {@link Tongue#reportLanguage}). */
    Language reportLanguage() {
        return reportLanguage;
    }

    String key() {
        return key;
    }

    List<String> stems() {
        return stems;
    }

    int words() {
        return stems.size();
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    List<Occurrence> occurrencesIn(int fragment) {
        return byFragment.getOrDefault(fragment, List.of());
    }

    Set<Integer> fragments() {
        return fragments;
    }

    int documentFrequency() {
        return fragments.size();
    }

    int interviewCount() {
        return interviews.size();
    }

    Map<String, Integer> surfaces() {
        return surfaces;
    }

    /**
     * The share of the occurrences that follow one and the same non-determiner function word: close to 1 when the
     * phrase is the tail of a fixed expression ("in particular", "of course", "por ejemplo", "zum Beispiel").
     */
    double leadInShare() {
        int most = leadIns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return occurrences.isEmpty() ? 0 : (double) most / occurrences.size();
    }

    double score() {
        return score;
    }

    void score(double value) {
        this.score = value;
    }
}
