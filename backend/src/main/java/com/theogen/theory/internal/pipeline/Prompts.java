package com.theogen.theory.internal.pipeline;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.llm.ChainPayload;
import com.theogen.llm.EvidencePayload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds the trimmable evidence payload every analytic prompt shares, from the run's data. */
final class Prompts {

    private Prompts() {}

    /**
     * The evidence payload with short ids ({@link PromptIds}), each category's coded fragments and interviews as
     * plain numbers, and each fragment's interview, so the model can weigh frequency and spread across interviews.
     */
    static EvidencePayload payload(
            ProjectData data,
            PromptIds ids,
            StageOutputs.CategoryEvidence evidence,
            NetworkMetrics metrics,
            int minCategories) {
        Map<UUID, NetworkMetrics.CategoryMetrics> byCategory = new HashMap<>();
        metrics.categories().forEach(m -> byCategory.put(m.categoryId(), m));
        int interviews = metrics.counts().interviews();
        List<EvidencePayload.Category> categories = evidence.promptCategories().stream()
                .map(id -> {
                    var category = data.categories().get(id);
                    List<EvidencePayload.Fragment> fragments =
                            evidence.byCategory().getOrDefault(id, List.of()).stream()
                                    .map(c -> data.fragment(c.fragmentId()))
                                    .flatMap(Optional::stream)
                                    .map(f -> new EvidencePayload.Fragment(
                                            ids.fragment(f.id()), f.text(), ids.interview(f.interviewId())))
                                    .toList();
                    NetworkMetrics.CategoryMetrics m = byCategory.get(id);
                    return new EvidencePayload.Category(
                            ids.category(id),
                            category.name(),
                            category.definition(),
                            m == null ? 0.0 : m.pageRank(),
                            m == null ? -1 : m.fragmentCount(),
                            m == null ? -1 : m.interviewCount(),
                            m == null ? -1 : interviews,
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

    /**
     * The payload the selective-coding chain shares (core category, paradigm, paradigm repair, gaps), built once per
     * run attempt; its prompts' {@code [shared]} section renders it, byte for byte the same in every call while it
     * fits (docs/adr/038).
     */
    static ChainPayload<?> shared(
            RunScope run, PromptIds ids, StageOutputs.CategoryEvidence evidence, NetworkMetrics metrics) {
        return run.selectiveEvidence(() -> payload(run.data(), ids, evidence, metrics, 2));
    }

    /** A category as the model wrote it: its short id, or (tolerantly) its UUID or exact name. */
    static Optional<UUID> resolveCategory(ProjectData data, PromptIds ids, String written) {
        return ids.categoryOf(written).or(() -> resolveCategory(data, written));
    }

    /** A fragment as the model wrote it: its short id, or (tolerantly) a UUID; anything else an unknown id. */
    static UUID fragmentId(PromptIds ids, String written) {
        return ids.fragmentOf(written).orElseGet(() -> fragmentId(written));
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
