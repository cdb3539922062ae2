package com.theogen.analyst;

import com.theogen.analyst.internal.AgglomerativeAxialGrouper;
import com.theogen.analyst.internal.CueTheorist;
import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test helper: the whole offline path over a set of fragments — open coding, axial grouping, then the
 * theory stages with network metrics computed here the simple way (the graph stage is another module's).
 */
record AnalystRun(
        List<AnalystFragment> fragments,
        OpenCodingResult coding,
        Map<UUID, OpenCodingResult.CodeDraft> codesById,
        AxialGroupingResult grouping,
        TheoryRequest theoryRequest,
        OfflineTheory theory) {

    static AnalystRun of(
            Language language, List<AnalystFragment> fragments, List<String> lexicon, List<String> actors) {
        OpenCodingResult coding =
                new KeyPhraseOpenCoder().code(new OpenCodingRequest(language, fragments, lexicon, List.of()));
        Map<UUID, OpenCodingResult.CodeDraft> codesById = new LinkedHashMap<>();
        List<AxialGroupingRequest.AxialCode> axialCodes = new ArrayList<>();
        for (OpenCodingResult.CodeDraft code : coding.codes()) {
            UUID id = UUID.nameUUIDFromBytes(
                    (code.language().code() + ":" + code.label()).getBytes(StandardCharsets.UTF_8));
            codesById.put(id, code);
            axialCodes.add(new AxialGroupingRequest.AxialCode(id, code.label(), fragmentIds(code), null));
        }
        AxialGroupingResult grouping = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(language, axialCodes, List.of(), fragments));
        TheoryRequest request = theoryRequest(language, fragments, codesById, grouping, actors);
        return new AnalystRun(fragments, coding, codesById, grouping, request, new CueTheorist().theorize(request));
    }

    static List<UUID> fragmentIds(OpenCodingResult.CodeDraft code) {
        return code.applications().stream().map(a -> a.quote().fragmentId()).toList();
    }

    static TheoryRequest theoryRequest(
            Language language,
            List<AnalystFragment> fragments,
            Map<UUID, OpenCodingResult.CodeDraft> codesById,
            AxialGroupingResult grouping,
            List<String> actors) {
        List<TheoryRequest.TheoryCategory> categories = new ArrayList<>();
        for (AxialGroupingResult.CategoryDraft draft : grouping.categories()) {
            UUID id = UUID.nameUUIDFromBytes(draft.name().getBytes(StandardCharsets.UTF_8));
            List<TheoryRequest.TheoryCode> codes = draft.codeIds().stream()
                    .map(codeId -> new TheoryRequest.TheoryCode(
                            codeId, codesById.get(codeId).label(), fragmentIds(codesById.get(codeId)), true))
                    .toList();
            categories.add(new TheoryRequest.TheoryCategory(id, draft.name(), draft.definition(), codes));
        }
        Set<UUID> interviews = new LinkedHashSet<>();
        fragments.forEach(f -> interviews.add(f.interviewId()));
        Map<UUID, Set<UUID>> fragmentsOf = new HashMap<>();
        Map<UUID, UUID> interviewOf = new HashMap<>();
        fragments.forEach(f -> interviewOf.put(f.fragmentId(), f.interviewId()));
        for (TheoryRequest.TheoryCategory c : categories) {
            Set<UUID> set = new HashSet<>();
            c.codes().forEach(code -> set.addAll(code.fragmentIds()));
            fragmentsOf.put(c.categoryId(), set);
        }
        List<TheoryRequest.CategoryPair> pairs = new ArrayList<>();
        Map<UUID, Double> weighted = new HashMap<>();
        Map<UUID, Integer> degree = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = i + 1; j < categories.size(); j++) {
                UUID a = categories.get(i).categoryId();
                UUID b = categories.get(j).categoryId();
                Set<UUID> shared = new HashSet<>(fragmentsOf.get(a));
                shared.retainAll(fragmentsOf.get(b));
                if (!shared.isEmpty()) {
                    pairs.add(new TheoryRequest.CategoryPair(a, b, shared.size()));
                    weighted.merge(a, (double) shared.size(), Double::sum);
                    weighted.merge(b, (double) shared.size(), Double::sum);
                    degree.merge(a, 1, Integer::sum);
                    degree.merge(b, 1, Integer::sum);
                }
            }
        }
        Map<UUID, Double> pageRank = pageRank(categories, pairs, weighted);
        List<TheoryRequest.CategoryMetrics> metrics = new ArrayList<>();
        for (TheoryRequest.TheoryCategory c : categories) {
            Set<UUID> seen = new HashSet<>();
            fragmentsOf.get(c.categoryId()).forEach(f -> seen.add(interviewOf.get(f)));
            metrics.add(new TheoryRequest.CategoryMetrics(
                    c.categoryId(),
                    degree.getOrDefault(c.categoryId(), 0),
                    weighted.getOrDefault(c.categoryId(), 0.0),
                    pageRank.get(c.categoryId()),
                    seen.size() / (double) interviews.size()));
        }
        return new TheoryRequest(language, List.copyOf(interviews), categories, fragments, metrics, pairs, actors);
    }

    private static Map<UUID, Double> pageRank(
            List<TheoryRequest.TheoryCategory> categories,
            List<TheoryRequest.CategoryPair> pairs,
            Map<UUID, Double> weighted) {
        int n = categories.size();
        Map<UUID, Double> rank = new HashMap<>();
        categories.forEach(c -> rank.put(c.categoryId(), 1.0 / n));
        for (int iteration = 0; iteration < 50; iteration++) {
            Map<UUID, Double> next = new HashMap<>();
            categories.forEach(c -> next.put(c.categoryId(), 0.15 / n));
            for (TheoryRequest.CategoryPair p : pairs) {
                next.merge(p.second(), 0.85 * rank.get(p.first()) * p.weight() / weighted.get(p.first()), Double::sum);
                next.merge(p.first(), 0.85 * rank.get(p.second()) * p.weight() / weighted.get(p.second()), Double::sum);
            }
            rank.putAll(next);
        }
        return rank;
    }
}
