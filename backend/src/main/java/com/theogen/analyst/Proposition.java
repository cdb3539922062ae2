package com.theogen.analyst;

import java.util.List;
import java.util.UUID;

/**
 * "If X and Y, then Z, because M": assembled from categories that are coded together.
 *
 * @param text the proposition in the project language
 * @param conditionCategoryIds X (and Y): one or two categories
 * @param outcomeCategoryId Z
 * @param fragmentIds fragments coded with every category of the proposition (at least one)
 * @param mechanism M: a verbatim sentence (or short passage) from one of those fragments that mentions two of the
 *     categories; its cue is the causal marker it carries, or empty when the proposition states co-occurrence only
 *     (ADR 043)
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record Proposition(
        String text,
        List<UUID> conditionCategoryIds,
        UUID outcomeCategoryId,
        List<UUID> fragmentIds,
        ParadigmModel.CueEvidence mechanism,
        String generatedBy) {

    public Proposition {
        conditionCategoryIds = List.copyOf(conditionCategoryIds);
        fragmentIds = List.copyOf(fragmentIds);
    }
}
