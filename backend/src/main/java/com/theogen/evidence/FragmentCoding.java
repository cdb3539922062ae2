package com.theogen.evidence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The complete coding of one fragment after a change; it replaces what the index held before.
 *
 * @param codeIds every code now applied to the fragment (empty: uncoded)
 * @param categoryIds the categories of those codes
 */
public record FragmentCoding(UUID fragmentId, List<UUID> codeIds, List<UUID> categoryIds) {

    public FragmentCoding {
        Objects.requireNonNull(fragmentId, "fragmentId");
        codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }
}
