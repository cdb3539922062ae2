package com.theogen.theory.internal.store;

import com.theogen.shared.Language;
import com.theogen.theory.Theory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Between the domain {@link Theory} and the documents of {@link StoredTheory} format 1, both ways. */
final class StoredTheoryMapping {

    private StoredTheoryMapping() {}

    static StoredTheory.Evidence evidence(Theory.EvidenceRef e) {
        return new StoredTheory.Evidence(
                e.fragmentId(),
                e.interviewId(),
                e.interviewLabel(),
                e.speaker(),
                e.quote(),
                e.start(),
                e.end(),
                e.interviewStart(),
                e.interviewEnd());
    }

    static Theory.EvidenceRef evidence(StoredTheory.Evidence e) {
        return new Theory.EvidenceRef(
                e.fragmentId(),
                e.interviewId(),
                e.interviewLabel(),
                e.speaker(),
                e.quote(),
                e.start(),
                e.end(),
                e.interviewStart(),
                e.interviewEnd());
    }

    static StoredTheory.Core core(Theory.CoreCategory c) {
        return new StoredTheory.Core(
                c.categoryId(),
                c.name(),
                c.definition(),
                c.why(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                c.storyline(),
                map(c.candidates(), StoredTheoryMapping::candidate));
    }

    static Theory.CoreCategory core(StoredTheory.Core c) {
        return new Theory.CoreCategory(
                c.categoryId(),
                c.name(),
                c.definition(),
                c.why(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                c.storyline(),
                map(c.candidates(), StoredTheoryMapping::candidate));
    }

    private static StoredTheory.Candidate candidate(Theory.CandidateScore s) {
        return new StoredTheory.Candidate(
                s.categoryId(),
                s.categoryName(),
                s.reasoning(),
                s.central(),
                s.frequent(),
                s.connected(),
                s.abstractEnough(),
                s.explainsVariation());
    }

    private static Theory.CandidateScore candidate(StoredTheory.Candidate s) {
        return new Theory.CandidateScore(
                s.categoryId(),
                s.categoryName(),
                s.reasoning(),
                s.central(),
                s.frequent(),
                s.connected(),
                s.abstractEnough(),
                s.explainsVariation());
    }

    private static StoredTheory.NegativeCase negative(Theory.NegativeCase n) {
        return new StoredTheory.NegativeCase(n.statement(), n.fragmentId(), n.quote());
    }

    private static Theory.NegativeCase negative(StoredTheory.NegativeCase n) {
        return new Theory.NegativeCase(n.statement(), n.fragmentId(), n.quote());
    }

    private static StoredTheory.Claim claim(Theory.Claim c) {
        return new StoredTheory.Claim(
                c.categoryId(),
                c.categoryName(),
                c.statement(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                map(c.exceptions(), StoredTheoryMapping::negative));
    }

    private static Theory.Claim claim(StoredTheory.Claim c) {
        return new Theory.Claim(
                c.categoryId(),
                c.categoryName(),
                c.statement(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                map(c.exceptions(), StoredTheoryMapping::negative));
    }

    static StoredTheory.Paradigm paradigm(Theory.Paradigm p) {
        Function<List<Theory.Claim>, List<StoredTheory.Claim>> claims = l -> map(l, StoredTheoryMapping::claim);
        return new StoredTheory.Paradigm(
                claims.apply(p.phenomenon()),
                claims.apply(p.causalConditions()),
                claims.apply(p.context()),
                claims.apply(p.interveningConditions()),
                claims.apply(p.strategies()));
    }

    static Theory.Paradigm paradigm(StoredTheory.Paradigm p) {
        Function<List<StoredTheory.Claim>, List<Theory.Claim>> claims = l -> map(l, StoredTheoryMapping::claim);
        return new Theory.Paradigm(
                claims.apply(p.phenomenon()),
                claims.apply(p.causalConditions()),
                claims.apply(p.context()),
                claims.apply(p.interveningConditions()),
                claims.apply(p.strategies()));
    }

    static StoredTheory.Consequence consequence(Theory.Consequence c) {
        return new StoredTheory.Consequence(
                c.categoryId(),
                c.categoryName(),
                c.statement(),
                c.type(),
                c.typeNote(),
                c.horizon(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                map(c.exceptions(), StoredTheoryMapping::negative));
    }

    static Theory.Consequence consequence(StoredTheory.Consequence c) {
        return new Theory.Consequence(
                c.categoryId(),
                c.categoryName(),
                c.statement(),
                c.type(),
                c.typeNote(),
                c.horizon(),
                map(c.evidence(), StoredTheoryMapping::evidence),
                map(c.exceptions(), StoredTheoryMapping::negative));
    }

    static StoredTheory.Proposition proposition(Theory.Proposition p) {
        return new StoredTheory.Proposition(
                p.id(),
                p.text(),
                p.categoryIds(),
                map(p.evidence(), StoredTheoryMapping::evidence),
                map(p.exceptions(), StoredTheoryMapping::negative));
    }

    static Theory.Proposition proposition(StoredTheory.Proposition p) {
        return new Theory.Proposition(
                p.id(),
                p.text(),
                p.categoryIds(),
                map(p.evidence(), StoredTheoryMapping::evidence),
                map(p.exceptions(), StoredTheoryMapping::negative));
    }

    static StoredTheory.Gap gap(Theory.Gap g) {
        return new StoredTheory.Gap(g.kind(), g.categoryId(), g.categoryName(), g.description(), g.severity());
    }

    static Theory.Gap gap(StoredTheory.Gap g) {
        return new Theory.Gap(g.kind(), g.categoryId(), g.categoryName(), g.description(), g.severity());
    }

    static StoredTheory.SamplingStep sampling(Theory.SamplingStep s) {
        return new StoredTheory.SamplingStep(s.actor(), s.focus(), s.questions(), s.categoryIds());
    }

    static Theory.SamplingStep sampling(StoredTheory.SamplingStep s) {
        return new Theory.SamplingStep(s.actor(), s.focus(), s.questions(), s.categoryIds());
    }

    static StoredTheory.Saturation saturation(Theory.Saturation s) {
        return new StoredTheory.Saturation(
                map(
                        s.curve(),
                        p -> new StoredTheory.CurvePoint(
                                p.interviewId(), p.interviewLabel(), p.newCodes(), p.cumulativeCodes())),
                s.plateau(),
                s.modelReadiness(),
                s.modelAssessment());
    }

    static Theory.Saturation saturation(StoredTheory.Saturation s) {
        return new Theory.Saturation(
                map(
                        s.curve(),
                        p -> new Theory.CurvePoint(
                                p.interviewId(), p.interviewLabel(), p.newCodes(), p.cumulativeCodes())),
                s.plateau(),
                s.modelReadiness(),
                s.modelAssessment());
    }

    static StoredTheory.Network network(Theory.NetworkSummary n) {
        return new StoredTheory.Network(
                n.categories(),
                n.codes(),
                n.fragments(),
                n.interviews(),
                map(n.centrality(), StoredTheoryMapping::centrality),
                map(
                        n.coOccurrence(),
                        c -> new StoredTheory.CoOccurrenceRow(
                                c.categoryA(), c.nameA(), c.categoryB(), c.nameB(), c.sharedFragments())));
    }

    static Theory.NetworkSummary network(StoredTheory.Network n) {
        return new Theory.NetworkSummary(
                n.categories(),
                n.codes(),
                n.fragments(),
                n.interviews(),
                map(n.centrality(), StoredTheoryMapping::centrality),
                map(
                        n.coOccurrence(),
                        c -> new Theory.CoOccurrenceRow(
                                c.categoryA(), c.nameA(), c.categoryB(), c.nameB(), c.sharedFragments())));
    }

    private static StoredTheory.CentralityRow centrality(Theory.CentralityRow r) {
        return new StoredTheory.CentralityRow(
                r.categoryId(),
                r.name(),
                r.codeCount(),
                r.fragmentCount(),
                r.interviewCount(),
                r.interviewCoverage(),
                r.degree(),
                r.weightedDegree(),
                r.pageRank());
    }

    private static Theory.CentralityRow centrality(StoredTheory.CentralityRow r) {
        return new Theory.CentralityRow(
                r.categoryId(),
                r.name(),
                r.codeCount(),
                r.fragmentCount(),
                r.interviewCount(),
                r.interviewCoverage(),
                r.degree(),
                r.weightedDegree(),
                r.pageRank());
    }

    static StoredTheory.Coverage coverage(Theory.EvidenceCoverage c) {
        return new StoredTheory.Coverage(c.claims(), c.claimsWithEvidence(), c.ratio());
    }

    static Theory.EvidenceCoverage coverage(StoredTheory.Coverage c) {
        return new Theory.EvidenceCoverage(c.claims(), c.claimsWithEvidence(), c.ratio());
    }

    static StoredTheory.Validation validation(Theory.Validation v) {
        return new StoredTheory.Validation(
                v.evidenceChecked(),
                v.verified(),
                v.reanchored(),
                v.unknownFragment(),
                v.wrongCategory(),
                v.notVerbatim(),
                v.repairs(),
                v.claimsRepaired(),
                map(
                        v.unsupportedClaims(),
                        u -> new StoredTheory.UnsupportedClaim(
                                u.component(), u.categoryIds(), u.statement(), u.reason(), u.evidenceDropped())),
                v.negativeCasesDropped());
    }

    static Theory.Validation validation(StoredTheory.Validation v) {
        return new Theory.Validation(
                v.evidenceChecked(),
                v.verified(),
                v.reanchored(),
                v.unknownFragment(),
                v.wrongCategory(),
                v.notVerbatim(),
                v.repairs(),
                v.claimsRepaired(),
                map(
                        v.unsupportedClaims(),
                        u -> new Theory.UnsupportedClaim(
                                u.component(), u.categoryIds(), u.statement(), u.reason(), u.evidenceDropped())),
                v.negativeCasesDropped());
    }

    static StoredTheory.Manifest manifest(Theory.Manifest m) {
        return new StoredTheory.Manifest(
                m.projectName(),
                m.researchQuestion(),
                m.route(),
                m.routeReason(),
                m.provider(),
                m.access(),
                m.accessReason(),
                m.template(),
                m.language().code(),
                m.attempt(),
                map(m.stages(), StoredTheoryMapping::stage),
                map(
                        m.budgetTrims(),
                        t -> new StoredTheory.BudgetTrim(
                                t.stage(), t.step(), t.applications(), t.tokensBefore(), t.tokensAfter())),
                m.inputHashes(),
                m.evidenceSources());
    }

    static Theory.Manifest manifest(StoredTheory.Manifest m) {
        return new Theory.Manifest(
                m.projectName(),
                m.researchQuestion(),
                m.route(),
                m.routeReason(),
                m.provider(),
                m.access(),
                m.accessReason(),
                m.template(),
                Language.fromCode(m.language()),
                m.attempt(),
                map(m.stages(), StoredTheoryMapping::stage),
                map(
                        m.budgetTrims(),
                        t -> new Theory.BudgetTrimRecord(
                                t.stage(), t.step(), t.applications(), t.tokensBefore(), t.tokensAfter())),
                orEmpty(m.inputHashes()),
                orEmpty(m.evidenceSources()));
    }

    private static StoredTheory.Stage stage(Theory.StageRecord s) {
        return new StoredTheory.Stage(
                s.stage(),
                s.generatedBy(),
                s.model(),
                s.prompts(),
                s.elapsedMs(),
                s.inputTokens(),
                s.outputTokens(),
                s.requests(),
                s.retries(),
                s.repaired(),
                s.cachedInputTokens());
    }

    private static Theory.StageRecord stage(StoredTheory.Stage s) {
        return new Theory.StageRecord(
                s.stage(),
                s.generatedBy(),
                s.model(),
                s.prompts(),
                s.elapsedMs(),
                s.inputTokens(),
                s.outputTokens(),
                s.requests(),
                s.retries(),
                s.repaired(),
                s.cachedInputTokens());
    }

    /** Maps each element; an absent list (a field the document predates) reads as empty. */
    static <A, B> List<B> map(List<A> values, Function<A, B> mapping) {
        return values == null ? List.of() : values.stream().map(mapping).toList();
    }

    private static Map<String, String> orEmpty(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }
}
