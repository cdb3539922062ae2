package com.theogen.evidence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that owns coding: the current categories, codes and code sets of a project, from
 * PostgreSQL, for {@link Evidence#resync}-style rebuilds, and the push of coding changes announced by {@link
 * CodingChanged} to the stores. One bean, always present (the sync of coding changes needs it).
 */
public interface CodingSource {

    /** The project's coding; empty lists for a project without codes. Never null. */
    CodingState coding(UUID projectId);

    /**
     * Writes to the stores the coding of these fragments, and the codebook nodes if they changed, skipping what was
     * pushed before; a store that lost its contents gets the whole project. Blocking; failures propagate (nothing is
     * recorded as pushed then).
     */
    void push(UUID projectId, Collection<UUID> fragmentIds);

    /** Like {@link #push(UUID, Collection)} for every fragment of the project. */
    void pushAll(UUID projectId);

    /**
     * @param fragmentCodes the complete code set of every coded fragment
     */
    record CodingState(
            List<GraphBatch.Category> categories,
            List<GraphBatch.Code> codes,
            List<GraphBatch.FragmentCodes> fragmentCodes) {

        public CodingState {
            categories = List.copyOf(categories);
            codes = List.copyOf(codes);
            fragmentCodes = List.copyOf(fragmentCodes);
        }
    }
}
