package com.theogen.evidence.internal.inprocess;

import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.NetworkMetrics.CoOccurrence;
import com.theogen.evidence.NetworkMetrics.Counts;
import com.theogen.evidence.internal.metrics.CategoryNetwork;
import com.theogen.evidence.internal.metrics.CategoryNetwork.CategoryStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One project's graph in memory. Not thread-safe: {@link InProcessEvidenceGraph} locks it. */
final class ProjectGraph {

    private record CodeNode(String label, UUID categoryId) {}

    private final UUID projectId;
    private final Map<UUID, String> interviews = new HashMap<>();
    private final Map<UUID, UUID> fragmentInterview = new HashMap<>();
    private final Map<UUID, String> categories = new HashMap<>();
    private final Map<UUID, CodeNode> codes = new HashMap<>();
    private final Map<UUID, Set<UUID>> fragmentCodes = new HashMap<>();

    ProjectGraph(UUID projectId) {
        this.projectId = projectId;
    }

    void apply(GraphBatch batch) {
        batch.interviews().forEach(i -> interviews.put(i.id(), i.label()));
        batch.fragments().stream()
                .filter(f -> interviews.containsKey(f.interviewId()))
                .forEach(f -> fragmentInterview.put(f.id(), f.interviewId()));
        batch.categories().forEach(c -> categories.put(c.id(), c.name()));
        for (GraphBatch.Code code : batch.codes()) {
            UUID category =
                    code.categoryId() != null && categories.containsKey(code.categoryId()) ? code.categoryId() : null;
            codes.put(code.id(), new CodeNode(code.label(), category));
        }
        for (GraphBatch.FragmentCodes link : batch.fragmentCodes()) {
            if (fragmentInterview.containsKey(link.fragmentId())) {
                Set<UUID> known = new HashSet<>(link.codeIds());
                known.retainAll(codes.keySet());
                fragmentCodes.put(link.fragmentId(), known);
            }
        }
    }

    void deleteCodes(Collection<UUID> ids) {
        Set<UUID> gone = Set.copyOf(ids);
        gone.forEach(codes::remove);
        fragmentCodes.values().forEach(set -> set.removeAll(gone));
    }

    void deleteCategories(Collection<UUID> ids) {
        Set<UUID> gone = Set.copyOf(ids);
        gone.forEach(categories::remove);
        codes.replaceAll((id, code) -> code.categoryId() != null && gone.contains(code.categoryId())
                ? new CodeNode(code.label(), null)
                : code);
    }

    void deleteInterview(UUID interviewId) {
        interviews.remove(interviewId);
        fragmentInterview.entrySet().removeIf(e -> {
            boolean gone = e.getValue().equals(interviewId);
            if (gone) {
                fragmentCodes.remove(e.getKey());
            }
            return gone;
        });
    }

    NetworkMetrics metrics() {
        Map<UUID, Set<UUID>> fragmentsByCategory = new HashMap<>();
        Map<UUID, Set<UUID>> categoriesByFragment = new HashMap<>();
        fragmentCodes.forEach((fragment, codeIds) -> {
            for (UUID codeId : codeIds) {
                CodeNode code = codes.get(codeId);
                if (code != null && code.categoryId() != null) {
                    fragmentsByCategory
                            .computeIfAbsent(code.categoryId(), k -> new HashSet<>())
                            .add(fragment);
                    categoriesByFragment
                            .computeIfAbsent(fragment, k -> new HashSet<>())
                            .add(code.categoryId());
                }
            }
        });
        Map<UUID, Integer> codeCount = new HashMap<>();
        codes.values().stream()
                .filter(c -> c.categoryId() != null)
                .forEach(c -> codeCount.merge(c.categoryId(), 1, Integer::sum));

        List<CategoryStats> stats = new ArrayList<>();
        categories.forEach((id, name) -> {
            Set<UUID> fragments = fragmentsByCategory.getOrDefault(id, Set.of());
            long interviewCount =
                    fragments.stream().map(fragmentInterview::get).distinct().count();
            stats.add(
                    new CategoryStats(id, name, codeCount.getOrDefault(id, 0), fragments.size(), (int) interviewCount));
        });
        Counts counts = new Counts(categories.size(), codes.size(), fragmentInterview.size(), interviews.size());
        return CategoryNetwork.compute(projectId, counts, stats, pairs(categoriesByFragment));
    }

    private static List<CoOccurrence> pairs(Map<UUID, Set<UUID>> categoriesByFragment) {
        Map<List<UUID>, Integer> shared = new HashMap<>();
        for (Set<UUID> set : categoriesByFragment.values()) {
            List<UUID> sorted = set.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    shared.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .map(e -> new CoOccurrence(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
    }
}
