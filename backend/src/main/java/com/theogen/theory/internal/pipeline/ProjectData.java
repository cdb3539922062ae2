package com.theogen.theory.internal.pipeline;

import com.theogen.coding.CodingSnapshot;
import com.theogen.interview.Fragment;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A project's fragments and coding as one run reads them, with the lookups the stages need: which categories a
 * fragment is coded with, which applications back a category.
 */
public final class ProjectData {

    private final CodingSnapshot coding;
    private final Map<UUID, Fragment> fragments;
    private final Map<UUID, CodingSnapshot.Category> categories = new LinkedHashMap<>();
    private final Map<UUID, UUID> categoryOfCode = new HashMap<>();
    private final Map<UUID, Set<UUID>> categoriesOfFragment = new HashMap<>();

    public ProjectData(CodingSnapshot coding, List<Fragment> fragments) {
        this.coding = coding;
        this.fragments = new LinkedHashMap<>();
        fragments.forEach(f -> this.fragments.put(f.id(), f));
        coding.categories().forEach(c -> categories.put(c.id(), c));
        coding.codes().stream()
                .filter(c -> c.categoryId() != null)
                .forEach(c -> categoryOfCode.put(c.id(), c.categoryId()));
        for (CodingSnapshot.Application a : coding.applications()) {
            UUID category = categoryOfCode.get(a.codeId());
            if (category != null) {
                categoriesOfFragment
                        .computeIfAbsent(a.fragmentId(), k -> new HashSet<>())
                        .add(category);
            }
        }
    }

    CodingSnapshot coding() {
        return coding;
    }

    Map<UUID, Fragment> fragments() {
        return fragments;
    }

    Optional<Fragment> fragment(UUID id) {
        return Optional.ofNullable(id).map(fragments::get);
    }

    Map<UUID, CodingSnapshot.Category> categories() {
        return categories;
    }

    Optional<CodingSnapshot.Category> category(UUID id) {
        return Optional.ofNullable(id).map(categories::get);
    }

    String categoryName(UUID id) {
        return category(id).map(CodingSnapshot.Category::name).orElse("");
    }

    /** Whether the fragment is coded with a code of {@code categoryId}. */
    boolean coded(UUID fragmentId, UUID categoryId) {
        return categoriesOfFragment.getOrDefault(fragmentId, Set.of()).contains(categoryId);
    }

    /** The applications of a category's codes, most confident first. */
    List<CodingSnapshot.Application> applicationsOf(UUID categoryId) {
        return coding.applications().stream()
                .filter(a -> categoryId.equals(categoryOfCode.get(a.codeId())))
                .sorted(Comparator.comparingDouble(CodingSnapshot.Application::confidence)
                        .reversed())
                .toList();
    }

    /** The verbatim quote a category's code marks in a fragment, if the fragment is coded with the category. */
    Optional<Drafts.Cite> citeFor(UUID categoryId, UUID fragmentId) {
        return coding.applications().stream()
                .filter(a -> a.fragmentId().equals(fragmentId) && categoryId.equals(categoryOfCode.get(a.codeId())))
                .max(Comparator.comparingDouble(CodingSnapshot.Application::confidence))
                .map(a -> new Drafts.Cite(fragmentId, a.quote(), a.quoteStart()));
    }

    int uncodedCodes() {
        return (int) coding.codes().stream().filter(c -> c.categoryId() == null).count();
    }
}
