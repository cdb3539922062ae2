package com.theogen.theory.internal;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.interview.Fragment;
import com.theogen.llm.EvidencePayload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds the trimmable evidence payload every analytic prompt shares, from the run's data. */
final class Prompts {

    private Prompts() {}

    static EvidencePayload payload(
            ProjectData data, StageOutputs.CategoryEvidence evidence, NetworkMetrics metrics, int minCategories) {
        Map<UUID, Double> centrality = new HashMap<>();
        metrics.categories().forEach(m -> centrality.put(m.categoryId(), m.pageRank()));
        List<EvidencePayload.Category> categories = evidence.promptCategories().stream()
                .map(id -> {
                    var category = data.categories().get(id);
                    List<EvidencePayload.Fragment> fragments =
                            evidence.byCategory().getOrDefault(id, List.of()).stream()
                                    .map(c -> data.fragment(c.fragmentId()))
                                    .flatMap(Optional::stream)
                                    .map(Prompts::fragment)
                                    .toList();
                    return new EvidencePayload.Category(
                            id.toString(),
                            category.name(),
                            category.definition(),
                            centrality.getOrDefault(id, 0.0),
                            fragments);
                })
                .toList();
        List<EvidencePayload.NetworkRow> rows = metrics.coOccurrences().stream()
                .filter(p -> data.categories().containsKey(p.categoryA())
                        && data.categories().containsKey(p.categoryB()))
                .map(p -> new EvidencePayload.NetworkRow(
                        data.categoryName(p.categoryA()), data.categoryName(p.categoryB()), p.sharedFragments()))
                .toList();
        return new EvidencePayload(categories, rows, minCategories);
    }

    private static EvidencePayload.Fragment fragment(Fragment f) {
        return new EvidencePayload.Fragment(f.id().toString(), f.text());
    }

    /** A category id as the model wrote it: the id itself, or (tolerantly) the category's exact name. */
    static Optional<UUID> resolveCategory(ProjectData data, String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String w = written.strip();
        try {
            UUID id = UUID.fromString(w);
            return data.categories().containsKey(id) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return data.categories().values().stream()
                    .filter(c -> c.name().equalsIgnoreCase(w))
                    .map(c -> c.id())
                    .findFirst();
        }
    }

    /** A fragment id as the model wrote it; an unparseable id becomes a random (hence unknown) id, so it is counted. */
    static UUID fragmentId(String written) {
        try {
            return UUID.fromString(written == null ? "" : written.strip().replaceAll("^\\[|\\]$", ""));
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(("invalid:" + written).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
