package com.theogen.theory.internal.pipeline;

import com.theogen.coding.CodingSnapshot;
import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ScoredFragment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * {@code semantic_evidence}: for every category that enters a prompt (the most central ones, up to {@code
 * max-prompt-categories}), the fragments coded with it, ranked by similarity to its name and definition. When the
 * index has nothing for a category (not indexed yet, or down) its own code applications are used, most confident
 * first, and the manifest says so. Twice as many candidates as kept are fetched, and the kept ones are chosen
 * across interviews (docs/adr/035): a category's evidence should not be one participant's voice when others said
 * it too.
 */
@Component
class EvidenceStage {

    static final String STEP = "semantic_evidence";

    private final Evidence evidence;

    EvidenceStage(Evidence evidence) {
        this.evidence = evidence;
    }

    StageOutputs.CategoryEvidence run(RunScope run, RunState state) {
        ProjectData data = run.data();
        List<UUID> ranked = rankByCentrality(data, state.graph().metrics());
        List<UUID> prompt =
                ranked.subList(0, Math.min(ranked.size(), run.settings().maxPromptCategories()));
        int topK = run.settings().evidencePerCategory();
        List<CategoryProbe> probes = prompt.stream()
                .map(id -> data.categories().get(id))
                .map(c -> new CategoryProbe(c.id(), c.name(), c.definition()))
                .toList();
        EvidenceResult<Map<UUID, List<ScoredFragment>>> found =
                evidence.categoryEvidence(run.projectId(), probes, topK * 2);
        Function<UUID, UUID> interviewOf =
                f -> data.fragment(f).map(x -> x.interviewId()).orElse(f);
        Map<UUID, List<StageOutputs.Candidate>> byCategory = new HashMap<>();
        int fromIndex = 0;
        for (UUID category : ranked) {
            List<StageOutputs.Candidate> candidates = found.result().getOrDefault(category, List.of()).stream()
                    .filter(s -> data.coded(s.fragment().fragmentId(), category))
                    .map(s -> new StageOutputs.Candidate(s.fragment().fragmentId(), s.similarity()))
                    .toList();
            candidates = acrossInterviews(candidates, interviewOf, topK);
            if (candidates.isEmpty()) {
                candidates = acrossInterviews(fromCoding(data, category), interviewOf, topK);
            } else {
                fromIndex++;
            }
            byCategory.put(category, candidates);
        }
        String source = fromIndex == ranked.size() ? "vector_index" : fromIndex == 0 ? "coding" : "vector_index+coding";
        return new StageOutputs.CategoryEvidence(byCategory, prompt, source, found.degraded(), run.computed());
    }

    static List<UUID> rankByCentrality(ProjectData data, NetworkMetrics metrics) {
        Map<UUID, Double> rank = new HashMap<>();
        metrics.categories().forEach(m -> rank.put(m.categoryId(), m.pageRank()));
        List<UUID> ids = new ArrayList<>(data.categories().keySet());
        ids.sort(Comparator.comparingDouble((UUID id) -> rank.getOrDefault(id, 0.0))
                .reversed()
                .thenComparing(id -> data.categories().get(id).name()));
        return ids;
    }

    private static List<StageOutputs.Candidate> fromCoding(ProjectData data, UUID category) {
        Set<UUID> seen = new LinkedHashSet<>();
        for (CodingSnapshot.Application a : data.applicationsOf(category)) {
            seen.add(a.fragmentId());
        }
        return seen.stream().map(id -> new StageOutputs.Candidate(id, 0.0)).toList();
    }

    /**
     * At most {@code topK} of {@code ranked} (best first), chosen round robin over interviews: first each
     * interview's best candidate, interviews in the order of their best, then each one's second best, and so on.
     * With one interview, or fewer interviews than candidates wanted, it is the rank order filled up.
     */
    static List<StageOutputs.Candidate> acrossInterviews(
            List<StageOutputs.Candidate> ranked, Function<UUID, UUID> interviewOf, int topK) {
        Map<UUID, List<StageOutputs.Candidate>> byInterview = new LinkedHashMap<>();
        ranked.forEach(c -> byInterview
                .computeIfAbsent(interviewOf.apply(c.fragmentId()), k -> new ArrayList<>())
                .add(c));
        List<StageOutputs.Candidate> out = new ArrayList<>();
        for (int round = 0; out.size() < Math.min(topK, ranked.size()); round++) {
            for (List<StageOutputs.Candidate> own : byInterview.values()) {
                if (round < own.size() && out.size() < topK) {
                    out.add(own.get(round));
                }
            }
        }
        return out;
    }
}
