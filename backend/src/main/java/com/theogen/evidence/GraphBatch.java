package com.theogen.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Nodes and links of one project to write to an {@link EvidenceGraph}. Every listed node is created or
 * updated; nothing unlisted is removed, except that:
 *
 * <ul>
 *   <li>a listed {@link Code} is linked to exactly its {@code categoryId} afterwards (or to none);
 *   <li>a listed {@link FragmentCodes} replaces the fragment's whole set of codes.
 * </ul>
 *
 * Links may name nodes written in an earlier batch; links to nodes that exist in neither, or in another
 * project, are ignored (nodes are written before links, so a batch may hold both). A fragment whose interview
 * is unknown is skipped. All ids are UUIDs, unique across projects.
 */
public record GraphBatch(
        UUID projectId,
        List<Interview> interviews,
        List<Fragment> fragments,
        List<Category> categories,
        List<Code> codes,
        List<FragmentCodes> fragmentCodes) {

    public GraphBatch {
        Objects.requireNonNull(projectId, "projectId");
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
        categories = categories == null ? List.of() : List.copyOf(categories);
        codes = codes == null ? List.of() : List.copyOf(codes);
        fragmentCodes = fragmentCodes == null ? List.of() : List.copyOf(fragmentCodes);
    }

    /** @param label participant pseudonym or file name, for display */
    public record Interview(UUID id, String label) {}

    public record Fragment(UUID id, UUID interviewId) {}

    public record Category(UUID id, String name) {}

    /** @param categoryId the code's category, {@code null} while ungrouped */
    public record Code(UUID id, String label, UUID categoryId) {}

    /** The complete set of codes applied to one fragment (code applications fragment to code). */
    public record FragmentCodes(UUID fragmentId, Set<UUID> codeIds) {
        public FragmentCodes {
            Objects.requireNonNull(fragmentId, "fragmentId");
            codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
        }
    }
}
