package com.theogen.theory.internal.pipeline;

import com.theogen.coding.CodingSnapshot;
import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.ScoredFragment;
import com.theogen.theory.Theory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * New evidence for a claim whose every cited quote failed verification: among the project's fragments coded with
 * the claim's category (a proposition: with one of its categories), those the evidence index ranks closest to the
 * claim's own statement; when the index has nothing (down, or not synced yet), the category's own code applications,
 * most confident first. The quote is the span the category's code marks in the fragment, and it passes the same
 * {@link VerifyStage.Checker} as every other quote. A claim for which this finds nothing is not saved.
 */
final class ClaimEvidence {

    /** Quotes looked for per claim: enough to stand on, few enough to stay the claim's best. */
    static final int QUOTES = 2;

    private static final int CANDIDATES = 5;

    private final Evidence evidence;
    private final UUID projectId;
    private final ProjectData data;

    ClaimEvidence(Evidence evidence, UUID projectId, ProjectData data) {
        this.evidence = evidence;
        this.projectId = projectId;
        this.data = data;
    }

    /** Verified evidence for {@code statement} among fragments coded with one of {@code categories}; may be empty. */
    List<Theory.EvidenceRef> find(
            List<UUID> categories, String statement, VerifyStage.Checker check, Predicate<UUID> belongs) {
        List<Scored> candidates = new ArrayList<>();
        for (UUID category : categories) {
            candidates.addAll(candidates(category, statement));
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Drafts.Cite> cites = new ArrayList<>();
        Set<UUID> used = new java.util.HashSet<>();
        for (Scored candidate : candidates) {
            if (cites.size() >= QUOTES) {
                break;
            }
            if (used.add(candidate.cite().fragmentId())) {
                cites.add(candidate.cite());
            }
        }
        return check.refs(cites, belongs);
    }

    private List<Scored> candidates(UUID category, String statement) {
        String probe = statement == null || statement.isBlank() ? data.categoryName(category) : statement;
        List<Scored> out = new ArrayList<>();
        if (!probe.isBlank()) {
            EvidenceResult<Map<UUID, List<ScoredFragment>>> found =
                    evidence.categoryEvidence(projectId, List.of(new CategoryProbe(category, probe, null)), CANDIDATES);
            for (ScoredFragment scored : found.result().getOrDefault(category, List.of())) {
                UUID fragment = scored.fragment().fragmentId();
                if (data.coded(fragment, category)) {
                    data.citeFor(category, fragment).ifPresent(c -> out.add(new Scored(c, scored.similarity())));
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(fromCoding(category));
        }
        return out;
    }

    /** The category's own code applications, most confident first, one per fragment, below any index hit. */
    private List<Scored> fromCoding(UUID category) {
        Map<UUID, Drafts.Cite> byFragment = new LinkedHashMap<>();
        for (CodingSnapshot.Application a : data.applicationsOf(category)) {
            if (byFragment.size() >= CANDIDATES) {
                break;
            }
            byFragment.putIfAbsent(a.fragmentId(), new Drafts.Cite(a.fragmentId(), a.quote(), a.quoteStart()));
        }
        return byFragment.values().stream().map(c -> new Scored(c, -1.0)).toList();
    }

    private record Scored(Drafts.Cite cite, double score) {}
}
