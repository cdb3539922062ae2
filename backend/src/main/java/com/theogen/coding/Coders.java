package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/** The coders of a project with what each has done. Reads need the viewer role. */
public interface Coders {

    /**
     * Every coder the project has, people first, then imported coders, models and the offline analyst, each by
     * name. A member who has coded nothing yet is not listed.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown project or a non-member
     */
    List<CoderView> list(UUID userId, UUID projectId);

    /**
     * @param applications code applications in this coder's layer that count as coding (all but rejected ones)
     * @param codes distinct codes it applied
     * @param fragments distinct fragments it coded
     * @param interviews distinct interviews it coded
     * @param memos memos it wrote
     * @param notRelevant fragments it marked not relevant
     * @param pending applications awaiting review (machine coders only; included in {@code applications})
     * @param rejected applications a reviewer rejected (not in {@code applications}, nor in agreement or theory)
     */
    record CoderView(
            UUID id,
            CoderKind kind,
            String key,
            String displayName,
            int applications,
            int codes,
            int fragments,
            int interviews,
            int memos,
            int notRelevant,
            int pending,
            int rejected) {}
}
