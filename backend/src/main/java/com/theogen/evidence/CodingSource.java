package com.theogen.evidence;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by the module that owns coding, read by {@link Evidence#resync}-style rebuilds: the current
 * categories, codes and code sets of a project, from PostgreSQL. Absent (no bean) means every fragment is
 * uncoded.
 */
public interface CodingSource {

    /** The project's coding; empty lists for a project without codes. Never null. */
    CodingState coding(UUID projectId);

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
