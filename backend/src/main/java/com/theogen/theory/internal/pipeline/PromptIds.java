package com.theogen.theory.internal.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The short ids the theory prompts use instead of UUIDs (docs/adr/035): categories {@code k1…}, fragments {@code
 * f1…}, interviews {@code i1…}, numbered in the order the run's evidence lists them — so every call of a run, and a
 * resumed run, numbers them the same. Short ids cost a fraction of a UUID's tokens and are copied without typos;
 * they are mapped back exactly, and an id the prompt never showed maps to nothing.
 */
final class PromptIds {

    private final Map<UUID, String> categoryShort = new LinkedHashMap<>();
    private final Map<String, UUID> categoryLong = new HashMap<>();
    private final Map<UUID, String> fragmentShort = new LinkedHashMap<>();
    private final Map<String, UUID> fragmentLong = new HashMap<>();
    private final Map<UUID, String> interviewShort = new LinkedHashMap<>();

    static PromptIds of(ProjectData data, StageOutputs.CategoryEvidence evidence) {
        PromptIds ids = new PromptIds();
        for (UUID category : evidence.promptCategories()) {
            ids.category(category);
            for (StageOutputs.Candidate c : evidence.byCategory().getOrDefault(category, java.util.List.of())) {
                ids.fragment(c.fragmentId());
                data.fragment(c.fragmentId()).ifPresent(f -> ids.interview(f.interviewId()));
            }
        }
        return ids;
    }

    String category(UUID id) {
        return categoryShort.computeIfAbsent(id, k -> {
            String s = "k" + (categoryShort.size() + 1);
            categoryLong.put(s, k);
            return s;
        });
    }

    String fragment(UUID id) {
        return fragmentShort.computeIfAbsent(id, k -> {
            String s = "f" + (fragmentShort.size() + 1);
            fragmentLong.put(s, k);
            return s;
        });
    }

    String interview(UUID id) {
        return interviewShort.computeIfAbsent(id, k -> "i" + (interviewShort.size() + 1));
    }

    /** The category a short id stands for ({@code k3}, {@code [k3]}, {@code K3}); empty for any other text. */
    Optional<UUID> categoryOf(String written) {
        return Optional.ofNullable(categoryLong.get(normal(written)));
    }

    /** The fragment a short id stands for ({@code f3}, {@code [f3]}); empty for any other text. */
    Optional<UUID> fragmentOf(String written) {
        return Optional.ofNullable(fragmentLong.get(normal(written)));
    }

    private static String normal(String written) {
        return written == null ? "" : written.strip().replaceAll("^\\[|]$", "").toLowerCase(Locale.ROOT);
    }
}
