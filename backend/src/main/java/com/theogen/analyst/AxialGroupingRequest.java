package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What axial grouping needs.
 *
 * @param projectLanguage the language names and definitions are written in
 * @param codes every code of the project with the fragments it is applied to
 * @param existingCategories categories that already exist (human-made or from an earlier run)
 * @param fragments the texts of the coded fragments (others are ignored)
 */
public record AxialGroupingRequest(
        Language projectLanguage,
        List<AxialCode> codes,
        List<ExistingCategory> existingCategories,
        List<AnalystFragment> fragments) {

    public AxialGroupingRequest {
        Objects.requireNonNull(projectLanguage, "projectLanguage");
        codes = List.copyOf(codes);
        existingCategories = existingCategories == null ? List.of() : List.copyOf(existingCategories);
        fragments = List.copyOf(fragments);
    }

    /**
     * A code to group.
     *
     * @param codeId the code's id
     * @param label the code's label
     * @param fragmentIds the fragments the code is applied to
     * @param pinnedCategoryId an existing category a human put the code in, or null when the code is free
     */
    public record AxialCode(UUID codeId, String label, List<UUID> fragmentIds, UUID pinnedCategoryId) {

        public AxialCode {
            Objects.requireNonNull(codeId, "codeId");
            Objects.requireNonNull(label, "label");
            fragmentIds = List.copyOf(fragmentIds);
        }
    }

    /**
     * A category that exists already; its name is kept.
     *
     * @param categoryId its id
     * @param name its name, kept as is
     * @param definition its definition, kept when not blank
     */
    public record ExistingCategory(UUID categoryId, String name, String definition) {

        public ExistingCategory {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(name, "name");
        }
    }
}
