package com.theogen.evidence;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Published by the module that owns coding, inside the transaction that changes a project's coding (codes,
 * categories, code applications). The evidence module records it in that transaction ({@code
 * evidence_coding_sync}), pushes the change through {@link CodingSource#push} after commit, and its reconciler
 * pushes the whole project again if that push never happened or failed (docs/adr/047).
 *
 * @param changeId identifies this change's row until its push succeeded
 * @param fragmentIds the fragments whose code set changed; empty when only codes or categories changed
 */
public record CodingChanged(UUID changeId, UUID projectId, Set<UUID> fragmentIds) {

    public CodingChanged {
        fragmentIds = Set.copyOf(fragmentIds);
    }

    public static CodingChanged of(UUID projectId, Collection<UUID> fragmentIds) {
        return new CodingChanged(UUID.randomUUID(), projectId, Set.copyOf(fragmentIds));
    }
}
