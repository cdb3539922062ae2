package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Applies codes to fragments: each fragment gets its {@link #MAX_CODES_PER_FRAGMENT} most salient codes,
 * salience being {@code (1 + ln tf) × weight/df} of the code. A code whose phrases in the fragment all lie
 * inside a phrase of an already chosen code adds nothing and is skipped. Codes left with too little
 * support (fewer than two fragments, or fewer interviews than required) are removed and the remaining codes
 * reassigned, so freed slots go to the next code.
 */
final class CodeAssigner {

    static final int MAX_CODES_PER_FRAGMENT = 3;
    private static final int ROUNDS = 4;

    /** One code on one fragment, anchored at its first occurrence there. */
    record Assignment(CodeGroup code, int fragment, Candidate.Occurrence anchor, double salience) {}

    private CodeAssigner() {}

    static Map<CodeGroup, List<Assignment>> assign(List<CodeGroup> codes, CandidateIndex index) {
        List<CodeGroup> live = new ArrayList<>(codes);
        Map<CodeGroup, List<Assignment>> result = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            result = assignOnce(live, index);
            Map<CodeGroup, List<Assignment>> current = result;
            boolean removed = live.removeIf(code -> !supported(code, current.get(code), index));
            if (!removed) {
                break;
            }
        }
        Map<CodeGroup, List<Assignment>> supportedOnly = new LinkedHashMap<>();
        for (CodeGroup code : live) {
            supportedOnly.put(code, result.getOrDefault(code, List.of()));
        }
        return supportedOnly;
    }

    private static boolean supported(CodeGroup code, List<Assignment> assignments, CandidateIndex index) {
        if (assignments == null || assignments.isEmpty()) {
            return false;
        }
        if (code.reused()) {
            return true;
        }
        Set<UUID> interviews = new TreeSet<>();
        assignments.forEach(a -> interviews.add(index.fragment(a.fragment()).interviewId()));
        int required = Math.min(2, index.interviewCount(code.language()));
        return assignments.size() >= 2 && interviews.size() >= required;
    }

    private static Map<CodeGroup, List<Assignment>> assignOnce(List<CodeGroup> codes, CandidateIndex index) {
        Map<Integer, List<Assignment>> byFragment = new TreeMap<>();
        Map<CodeGroup, Map<Integer, List<Candidate.Occurrence>>> spans = new LinkedHashMap<>();
        for (CodeGroup code : codes) {
            Map<Integer, List<Candidate.Occurrence>> occurrences = occurrencesByFragment(code);
            spans.put(code, occurrences);
            double perDocument = code.score() / code.lead().documentFrequency();
            occurrences.forEach((fragment, list) -> byFragment
                    .computeIfAbsent(fragment, f -> new ArrayList<>())
                    .add(new Assignment(code, fragment, list.get(0), (1 + Math.log(list.size())) * perDocument)));
        }
        Map<CodeGroup, List<Assignment>> byCode = new LinkedHashMap<>();
        codes.forEach(code -> byCode.put(code, new ArrayList<>()));
        byFragment.forEach((fragment, options) -> {
            options.sort(Comparator.comparingDouble(Assignment::salience)
                    .reversed()
                    .thenComparing(a -> CodebookSelector.id(a.code().lead())));
            List<Assignment> chosen = new ArrayList<>();
            for (Assignment option : options) {
                if (chosen.size() == MAX_CODES_PER_FRAGMENT) {
                    break;
                }
                if (!coveredByChosen(option.code(), fragment, chosen, spans)) {
                    chosen.add(option);
                }
            }
            chosen.forEach(a -> byCode.get(a.code()).add(a));
        });
        return byCode;
    }

    private static boolean coveredByChosen(
            CodeGroup code,
            int fragment,
            List<Assignment> chosen,
            Map<CodeGroup, Map<Integer, List<Candidate.Occurrence>>> spans) {
        List<Candidate.Occurrence> own = spans.get(code).get(fragment);
        return own.stream().allMatch(o -> chosen.stream()
                .anyMatch(c -> spans.get(c.code()).get(fragment).stream().anyMatch(other -> other.covers(o))));
    }

    static Map<Integer, List<Candidate.Occurrence>> occurrencesByFragment(CodeGroup code) {
        Map<Integer, List<Candidate.Occurrence>> byFragment = new TreeMap<>();
        for (Candidate member : code.members()) {
            for (Candidate.Occurrence occurrence : member.occurrences()) {
                byFragment
                        .computeIfAbsent(occurrence.fragment(), f -> new ArrayList<>())
                        .add(occurrence);
            }
        }
        byFragment
                .values()
                .forEach(list -> list.sort(Comparator.comparingInt(Candidate.Occurrence::start)
                        .thenComparingInt(Candidate.Occurrence::end)));
        return byFragment;
    }
}
