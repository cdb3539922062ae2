package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Turns two coders' applications into an {@link AgreementReport}. */
final class CoderComparison {

    private final ComparisonInput input;
    private final List<FragmentUnit> fragments;
    private final Map<UUID, Hits> hitsByCode = new HashMap<>();

    /** Per code, each coder's applications by the index of the fragment they overlap. */
    private static final class Hits {
        final Map<Integer, List<CodedSpan>> a = new HashMap<>();
        final Map<Integer, List<CodedSpan>> b = new HashMap<>();
    }

    private CoderComparison(ComparisonInput input) {
        this.input = input;
        this.fragments = inScope(input);
    }

    static AgreementReport compare(ComparisonInput input) {
        return new CoderComparison(input).run();
    }

    private AgreementReport run() {
        Map<UUID, List<Integer>> byInterview = new HashMap<>();
        for (int i = 0; i < fragments.size(); i++) {
            byInterview
                    .computeIfAbsent(fragments.get(i).interviewId(), k -> new ArrayList<>())
                    .add(i);
        }
        index(input.coderA(), byInterview, true);
        index(input.coderB(), byInterview, false);
        List<CodeAgreement> codes = new ArrayList<>();
        for (UUID codeId : codesToReport()) {
            codes.add(compareCode(codeId, hitsByCode.getOrDefault(codeId, new Hits())));
        }
        return new AgreementReport(input.unit(), fragments.size(), codes, OverallAgreement.of(codes, input.unit()));
    }

    /** Fragments compared, by interview then start; overlapping fragments of one interview are rejected. */
    private static List<FragmentUnit> inScope(ComparisonInput input) {
        List<FragmentUnit> selected = new ArrayList<>();
        for (FragmentUnit f : input.fragments()) {
            if (input.includeInterviewerTurns() || !f.interviewerTurn()) {
                selected.add(f);
            }
        }
        selected.sort(Comparator.comparing((FragmentUnit f) -> f.interviewId().toString())
                .thenComparingInt(FragmentUnit::start));
        for (int i = 1; i < selected.size(); i++) {
            FragmentUnit previous = selected.get(i - 1);
            FragmentUnit current = selected.get(i);
            if (previous.interviewId().equals(current.interviewId()) && current.start() < previous.end()) {
                throw new IllegalArgumentException(
                        "overlapping fragments " + previous.fragmentId() + " and " + current.fragmentId());
            }
        }
        return selected;
    }

    private void index(List<CodedSpan> spans, Map<UUID, List<Integer>> byInterview, boolean coderA) {
        for (CodedSpan span : spans) {
            List<Integer> candidates = byInterview.getOrDefault(span.interviewId(), List.of());
            for (int i = firstEndingAfter(candidates, span.start()); i < candidates.size(); i++) {
                int index = candidates.get(i);
                if (fragments.get(index).start() >= span.end()) {
                    break;
                }
                Hits hits = hitsByCode.computeIfAbsent(span.codeId(), k -> new Hits());
                (coderA ? hits.a : hits.b)
                        .computeIfAbsent(index, k -> new ArrayList<>())
                        .add(span);
            }
        }
    }

    /** Position in {@code candidates} (sorted, disjoint fragments) of the first fragment ending after offset. */
    private int firstEndingAfter(List<Integer> candidates, int offset) {
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (fragments.get(candidates.get(mid)).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Set<UUID> codesToReport() {
        if (input.codeIds() != null) {
            return new LinkedHashSet<>(input.codeIds());
        }
        Set<UUID> used = new TreeSet<>(Comparator.comparing(UUID::toString));
        used.addAll(hitsByCode.keySet());
        return used;
    }

    private CodeAgreement compareCode(UUID codeId, Hits hits) {
        boolean character = input.unit() == UnitMode.CHARACTER;
        boolean[] presentA = new boolean[fragments.size()];
        boolean[] presentB = new boolean[fragments.size()];
        long codedBoth = 0, codedA = 0, codedB = 0, characters = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        ContinuumBuilder continua = new ContinuumBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            FragmentUnit fragment = fragments.get(i);
            List<CodedSpan> spansA = hits.a.getOrDefault(i, List.of());
            List<CodedSpan> spansB = hits.b.getOrDefault(i, List.of());
            presentA[i] = !spansA.isEmpty();
            presentB[i] = !spansB.isEmpty();
            List<Span> coverA = Coverage.within(fragment, spansA);
            List<Span> coverB = Coverage.within(fragment, spansB);
            int lengthA = Coverage.length(coverA);
            int lengthB = Coverage.length(coverB);
            int shared = Coverage.intersection(coverA, coverB);
            codedA += lengthA;
            codedB += lengthB;
            codedBoth += shared;
            characters += fragment.length();
            continua.add(fragment, coverA, coverB);
            int differing = lengthA + lengthB - 2 * shared;
            boolean differs = character ? differing > 0 : presentA[i] != presentB[i];
            if (differs) {
                disagreements.add(
                        new Disagreement(codeId, fragment, presentA[i], presentB[i], spansA, spansB, differing));
            }
        }
        if (!character) {
            return new CodeAgreement(
                    codeId, BinaryAgreement.of(PresenceCounts.of(presentA, presentB)), null, disagreements);
        }
        PresenceCounts counts = new PresenceCounts(
                codedBoth, codedA - codedBoth, codedB - codedBoth, characters - codedA - codedB + codedBoth);
        return new CodeAgreement(codeId, BinaryAgreement.of(counts), UnitizedAlpha.of(continua.build()), disagreements);
    }
}
