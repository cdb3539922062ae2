package com.theogen.theory.internal.pipeline;

import com.theogen.evidence.Evidence;
import com.theogen.interview.Fragment;
import com.theogen.interview.QuoteLocator;
import com.theogen.shared.DomainException;
import com.theogen.theory.Theory;
import com.theogen.theory.TheoryError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * {@code verify_evidence}: every cited fragment must exist in the project and be coded with the claim's category
 * (for a proposition: with one of its categories), and every quote must be in the fragment — verbatim, or after
 * whitespace normalisation, in which case it is re-anchored to the fragment's own characters and offsets. Evidence
 * that fails is dropped and counted. A claim left with no verified quote is repaired — new evidence is searched for
 * its statement among the fragments coded with its categories ({@link ClaimEvidence}) and verified the same way — or,
 * when nothing is found, removed and listed in {@code validation.unsupported_claims}: a saved theory holds no claim
 * without evidence, on the model path and the offline path alike. The core category cannot be removed: without any
 * verifiable quote the run fails with {@code CORE_CATEGORY_UNSUPPORTED}.
 */
@Component
class VerifyStage {

    static final String STEP = "verify_evidence";

    private final Evidence evidence;

    VerifyStage(Evidence evidence) {
        this.evidence = evidence;
    }

    StageOutputs.Verified run(RunScope run, RunState state) {
        StageOutputs.Core core = state.core();
        StageOutputs.Paradigm paradigm = state.paradigm();
        ProjectData data = run.data();
        Checker check = new Checker(data, labels(state.project()));
        Claims claims = new Claims(check, new ClaimEvidence(evidence, run.projectId(), data));
        UUID coreId = core.categoryId();
        Theory.CoreCategory coreCategory = new Theory.CoreCategory(
                coreId,
                data.categoryName(coreId),
                data.category(coreId).map(c -> c.definition()).orElse(""),
                core.why(),
                claims.evidence("phenomenon", ids(coreId), data.categoryName(coreId), core.evidence())
                        .orElseThrow(() -> new DomainException(
                                TheoryError.CORE_CATEGORY_UNSUPPORTED,
                                "No fragment coded with the core category \"" + data.categoryName(coreId)
                                        + "\" gives a verifiable quote; code it again or choose another core")),
                core.storyline(),
                core.scores().stream()
                        .map(sc -> new Theory.CandidateScore(
                                sc.categoryId(),
                                data.categoryName(sc.categoryId()),
                                sc.reasoning(),
                                sc.central(),
                                sc.frequent(),
                                sc.connected(),
                                sc.abstractEnough(),
                                sc.explainsVariation()))
                        .toList());
        Theory.Paradigm verifiedParadigm = new Theory.Paradigm(
                List.of(new Theory.Claim(coreId, coreCategory.name(), core.why(), coreCategory.evidence())),
                claims.of("causal_conditions", paradigm.causal()),
                claims.of("context", paradigm.context()),
                claims.of("intervening_conditions", paradigm.intervening()),
                claims.of("strategies", paradigm.strategies()));
        List<Theory.Consequence> consequences = new ArrayList<>();
        for (Drafts.Consequence c : paradigm.consequences()) {
            claims.evidence("consequences", ids(c.categoryId()), c.statement(), c.evidence())
                    .ifPresent(refs -> consequences.add(new Theory.Consequence(
                            c.categoryId(),
                            data.categoryName(c.categoryId()),
                            c.statement(),
                            c.type(),
                            c.typeNote(),
                            c.horizon(),
                            refs,
                            check.negatives(c.exceptions()))));
        }
        List<Theory.Proposition> propositions = new ArrayList<>();
        for (Drafts.Proposition p : paradigm.propositions()) {
            claims.evidence("propositions", p.categoryIds(), p.text(), p.evidence())
                    .ifPresent(refs -> propositions.add(new Theory.Proposition(
                            "P" + (propositions.size() + 1),
                            p.text(),
                            p.categoryIds(),
                            refs,
                            check.negatives(p.exceptions()))));
        }
        List<List<Theory.EvidenceRef>> claimEvidence = new ArrayList<>();
        claimEvidence.add(coreCategory.evidence());
        verifiedParadigm.causalConditions().forEach(c -> claimEvidence.add(c.evidence()));
        verifiedParadigm.context().forEach(c -> claimEvidence.add(c.evidence()));
        verifiedParadigm.interveningConditions().forEach(c -> claimEvidence.add(c.evidence()));
        verifiedParadigm.strategies().forEach(c -> claimEvidence.add(c.evidence()));
        consequences.forEach(c -> claimEvidence.add(c.evidence()));
        propositions.forEach(p -> claimEvidence.add(p.evidence()));
        int backed = (int) claimEvidence.stream().filter(e -> !e.isEmpty()).count();
        Theory.EvidenceCoverage coverage = new Theory.EvidenceCoverage(
                claimEvidence.size(), backed, claimEvidence.isEmpty() ? 0 : (double) backed / claimEvidence.size());
        List<String> repairs = new ArrayList<>(core.repairs());
        repairs.addAll(paradigm.repairs());
        return new StageOutputs.Verified(
                coreCategory,
                verifiedParadigm,
                consequences,
                propositions,
                check.validation(repairs, claims.repaired, claims.unsupported),
                coverage,
                run.computed());
    }

    private static List<UUID> ids(UUID category) {
        return category == null ? List.of() : List.of(category);
    }

    /** Claims as verification keeps them: with their verified evidence, repaired, or left out and listed. */
    private static final class Claims {
        private final Checker check;
        private final ClaimEvidence finder;
        private final List<Theory.UnsupportedClaim> unsupported = new ArrayList<>();
        private int repaired;

        Claims(Checker check, ClaimEvidence finder) {
            this.check = check;
            this.finder = finder;
        }

        List<Theory.Claim> of(String component, List<Drafts.Claim> drafts) {
            List<Theory.Claim> kept = new ArrayList<>();
            for (Drafts.Claim c : drafts) {
                evidence(component, ids(c.categoryId()), c.statement(), c.evidence())
                        .ifPresent(refs -> kept.add(new Theory.Claim(
                                c.categoryId(),
                                check.data.categoryName(c.categoryId()),
                                c.statement(),
                                refs,
                                check.negatives(c.exceptions()))));
            }
            return kept;
        }

        /** The claim's verified evidence, found anew when none of its own survived; empty when it must go. */
        Optional<List<Theory.EvidenceRef>> evidence(
                String component, List<UUID> categories, String statement, List<Drafts.Cite> cites) {
            Set<UUID> own = new HashSet<>(categories);
            Predicate<UUID> belongs = f -> own.stream().anyMatch(c -> check.data.coded(f, c));
            int droppedBefore = check.dropped();
            List<Theory.EvidenceRef> refs = check.refs(cites, belongs);
            if (!refs.isEmpty()) {
                return Optional.of(refs);
            }
            int dropped = check.dropped() - droppedBefore;
            if (!categories.isEmpty()) {
                refs = finder.find(categories, statement, check, belongs);
                if (!refs.isEmpty()) {
                    repaired++;
                    return Optional.of(refs);
                }
            }
            unsupported.add(new Theory.UnsupportedClaim(
                    component,
                    categories,
                    statement == null ? "" : statement,
                    categories.isEmpty() ? "unknown_category" : "no_verified_evidence",
                    dropped));
            return Optional.empty();
        }
    }

    private static Map<UUID, String> labels(StageOutputs.Loaded project) {
        Map<UUID, String> labels = new HashMap<>();
        project.interviews().forEach(i -> labels.put(i.id(), i.label()));
        return labels;
    }

    /** Counts as it checks. */
    static final class Checker {
        private final ProjectData data;
        private final Map<UUID, String> labels;
        private int checked;
        private int verified;
        private int reanchored;
        private int unknown;
        private int wrongCategory;
        private int notVerbatim;
        private int negativesDropped;

        Checker(ProjectData data, Map<UUID, String> labels) {
            this.data = data;
            this.labels = labels;
        }

        List<Theory.EvidenceRef> refs(List<Drafts.Cite> cites, Predicate<UUID> belongs) {
            List<Theory.EvidenceRef> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Drafts.Cite cite : cites) {
                checked++;
                Optional<Fragment> fragment = data.fragment(cite.fragmentId());
                if (fragment.isEmpty()) {
                    unknown++;
                    continue;
                }
                if (!belongs.test(cite.fragmentId())) {
                    wrongCategory++;
                    continue;
                }
                Optional<QuoteLocator.Span> span =
                        QuoteLocator.locate(fragment.get().text(), cite.quote(), cite.start());
                if (span.isEmpty()) {
                    notVerbatim++;
                    continue;
                }
                verified++;
                if (span.get().moved()) {
                    reanchored++;
                }
                Fragment f = fragment.get();
                QuoteLocator.Span s = span.get();
                if (seen.add(f.id() + ":" + s.start() + ":" + s.end())) {
                    out.add(new Theory.EvidenceRef(
                            f.id(),
                            f.interviewId(),
                            labels.getOrDefault(f.interviewId(), ""),
                            f.speaker() == null ? "" : f.speaker(),
                            f.text().substring(s.start(), s.end()),
                            s.start(),
                            s.end(),
                            f.charStart() + s.start(),
                            f.charStart() + s.end()));
                }
            }
            return out;
        }

        int dropped() {
            return unknown + wrongCategory + notVerbatim;
        }

        /**
         * Negative cases as stated. One that quotes its fragment is kept only when the quote is verbatim in a
         * fragment of the project — by the rule evidence quotes are held to ({@link QuoteLocator}), re-anchored to
         * the fragment's own characters — and is otherwise dropped and counted, never shown. One without a quote
         * keeps its fragment only when the project has it (docs/adr/035, 038).
         */
        List<Theory.NegativeCase> negatives(List<Theory.NegativeCase> cases) {
            List<Theory.NegativeCase> out = new ArrayList<>();
            for (Theory.NegativeCase n : cases) {
                if (n.statement() == null || n.statement().isBlank()) {
                    continue;
                }
                Optional<Fragment> fragment = n.fragmentId() == null ? Optional.empty() : data.fragment(n.fragmentId());
                if (n.quote().isBlank()) {
                    out.add(new Theory.NegativeCase(
                            n.statement().strip(), fragment.map(Fragment::id).orElse(null), ""));
                    continue;
                }
                Optional<QuoteLocator.Span> span = fragment.flatMap(f -> QuoteLocator.locate(f.text(), n.quote(), -1));
                if (span.isEmpty()) {
                    negativesDropped++;
                    continue;
                }
                out.add(new Theory.NegativeCase(
                        n.statement().strip(),
                        fragment.get().id(),
                        fragment.get()
                                .text()
                                .substring(span.get().start(), span.get().end())));
            }
            return out;
        }

        Theory.Validation validation(
                List<String> repairs, int claimsRepaired, List<Theory.UnsupportedClaim> unsupportedClaims) {
            return new Theory.Validation(
                    checked,
                    verified,
                    reanchored,
                    unknown,
                    wrongCategory,
                    notVerbatim,
                    repairs,
                    claimsRepaired,
                    unsupportedClaims,
                    negativesDropped);
        }
    }
}
