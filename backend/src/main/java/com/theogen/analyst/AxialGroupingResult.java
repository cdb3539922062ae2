package com.theogen.analyst;

import java.util.List;
import java.util.UUID;

/**
 * Categories proposed by axial grouping; together they hold every code of the request exactly once.
 *
 * @param categories existing categories first (in request order), then new ones, largest first
 * @param targetCategories the number of categories clustering aimed for (about √codes)
 * @param similarityThreshold the average-linkage similarity below which clusters were not merged
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record AxialGroupingResult(
        List<CategoryDraft> categories, int targetCategories, double similarityThreshold, String generatedBy) {

    public AxialGroupingResult {
        categories = List.copyOf(categories);
    }

    /**
     * A category and its codes.
     *
     * @param existingCategoryId the existing category this is, or null for a new category
     * @param name the existing name, or the label of its most representative code
     * @param definition the existing definition, or one written from the codes and their coverage
     * @param codeIds the codes, most central first
     * @param coherence mean pairwise similarity of its codes in [0, 1] (1 for a single code; ADR 029)
     * @param generatedBy always {@value GeneratedBy#OFFLINE}
     */
    public record CategoryDraft(
            UUID existingCategoryId,
            String name,
            String definition,
            List<UUID> codeIds,
            double coherence,
            String generatedBy) {

        public CategoryDraft {
            codeIds = List.copyOf(codeIds);
        }
    }
}
