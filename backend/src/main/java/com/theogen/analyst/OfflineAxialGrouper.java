package com.theogen.analyst;

/**
 * Axial grouping without a language model: codes are clustered into categories by how similar their use
 * is — the company they keep in fragments and the words of the fragments they code.
 *
 * <p>Human decisions are respected: a code pinned to an existing category stays there, existing categories
 * keep their names, and only unpinned codes are clustered (they may join an existing category). The result
 * depends only on the request.
 */
public interface OfflineAxialGrouper {

    /**
     * Groups a project's codes.
     *
     * @param request the codes with the fragments they are applied to, the existing categories and the
     *     fragments' texts
     * @return a partition of the request's codes into categories, existing categories first
     */
    AxialGroupingResult group(AxialGroupingRequest request);
}
