package com.theogen.theory.internal;

import com.theogen.interview.Fragment;
import com.theogen.theory.Theory;
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
 * that fails is dropped and counted; claims are kept (evidence coverage shows how many stand on evidence).
 */
@Component
class VerifyStage {

    static final String STEP = "verify_evidence";

    StageOutputs.Verified run(
            RunScope run, StageOutputs.Loaded project, StageOutputs.Core core, StageOutputs.Paradigm paradigm) {
        long started = System.nanoTime();
        Checker check = new Checker(run.data(), labels(project));
        UUID coreId = core.categoryId();
        Theory.CoreCategory coreCategory = new Theory.CoreCategory(
                coreId,
                run.data().categoryName(coreId),
                run.data().category(coreId).map(c -> c.definition()).orElse(""),
                core.why(),
                check.refs(core.evidence(), check.codedWith(coreId)));
        Theory.Paradigm verifiedParadigm = new Theory.Paradigm(
                List.of(new Theory.Claim(coreId, coreCategory.name(), core.why(), coreCategory.evidence())),
                claims(check, paradigm.causal()),
                claims(check, paradigm.context()),
                claims(check, paradigm.intervening()),
                claims(check, paradigm.strategies()));
        List<Theory.Consequence> consequences = paradigm.consequences().stream()
                .map(c -> new Theory.Consequence(
                        c.categoryId(),
                        run.data().categoryName(c.categoryId()),
                        c.statement(),
                        c.type(),
                        c.horizon(),
                        check.refs(c.evidence(), check.codedWith(c.categoryId()))))
                .toList();
        List<Theory.Proposition> propositions = new ArrayList<>();
        for (Drafts.Proposition p : paradigm.propositions()) {
            Set<UUID> categories = new HashSet<>(p.categoryIds());
            propositions.add(new Theory.Proposition(
                    "P" + (propositions.size() + 1),
                    p.text(),
                    p.categoryIds(),
                    check.refs(p.evidence(), f -> categories.stream()
                            .anyMatch(c -> run.data().coded(f, c)))));
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
                check.validation(repairs),
                coverage,
                RunScope.computed(started));
    }

    private static List<Theory.Claim> claims(Checker check, List<Drafts.Claim> claims) {
        return claims.stream()
                .map(c -> new Theory.Claim(
                        c.categoryId(),
                        check.data.categoryName(c.categoryId()),
                        c.statement(),
                        check.refs(c.evidence(), check.codedWith(c.categoryId()))))
                .toList();
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

        Checker(ProjectData data, Map<UUID, String> labels) {
            this.data = data;
            this.labels = labels;
        }

        Predicate<UUID> codedWith(UUID category) {
            return fragment -> category != null && data.coded(fragment, category);
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

        Theory.Validation validation(List<String> repairs) {
            return new Theory.Validation(checked, verified, reanchored, unknown, wrongCategory, notVerbatim, repairs);
        }
    }
}
