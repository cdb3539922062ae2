package com.theogen.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The English fixture report as a model run leaves it (docs/adr/035): the core category chosen from scored
 * candidates with a storyline, and negative cases under a strategy, a consequence and a proposition — one citing a
 * fragment, one citing none.
 */
final class ReasonedCoreReport {

    static final String STORYLINE = "Carers hold paid work and care together by juggling hours, money and their own"
            + " health. A sudden onset of dependency starts the juggling; an understanding manager or a relative who"
            + " shares the load decides whether it holds. When it does not, the carer's health or job gives way.";
    static final String CHOSEN_REASONING =
            "Every other category is a cause, a condition or a cost of the juggling; all eight carers describe it.";
    static final String RUNNER_UP_REASONING =
            "Strong in seven interviews, but it reads as a consequence of the juggling rather than its centre.";
    static final String STRATEGY_EXCEPTION = "Tom never negotiated his shifts: his employer closed the site first.";
    static final String EXCEPTION_FRAGMENT =
            "They shut the depot in March, so there was nothing to negotiate — I was home full time after that.";
    static final String PROPOSITION_EXCEPTION = "Renée shares care with her sister and still feels isolated.";
    static final String CONSEQUENCE_EXCEPTION = "José's income recovered once he moved to a night shift.";
    static final String CONSEQUENCE_FRAGMENT = "Nights pay better, so by the summer we were back where we started.";

    private ReasonedCoreReport() {}

    static TheoryReport build() {
        TheoryReport base = EnglishCaregiversReport.build();
        EvidenceQuote tom = new EvidenceQuote(
                "neg-tom-0001",
                "I08 · Tom",
                "Tom",
                EXCEPTION_FRAGMENT,
                2_310,
                2_310 + EXCEPTION_FRAGMENT.length(),
                java.util
                        .UUID
                        .nameUUIDFromBytes("I08 · Tom".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                0,
                null,
                null);
        EvidenceQuote jose = new EvidenceQuote(
                "neg-jos-0002",
                "I03 · José",
                "José",
                CONSEQUENCE_FRAGMENT,
                4_020,
                4_020 + CONSEQUENCE_FRAGMENT.length());
        CoreCategory core = new CoreCategory(
                base.coreCategory().name(),
                base.coreCategory().definition(),
                base.coreCategory().rationale(),
                STORYLINE,
                List.of(
                        new CoreCandidate(base.coreCategory().name(), CHOSEN_REASONING, 5, 5, 5, 4, 4, true),
                        new CoreCandidate("Physical and emotional overload", RUNNER_UP_REASONING, 3, 4, 3, 3, 2, false),
                        new CoreCandidate(
                                "Workplace flexibility",
                                "Decides whether the juggling holds, but only for employed carers.",
                                3,
                                3,
                                4,
                                2,
                                3,
                                false)));
        ParadigmModel p = base.paradigm();
        List<ParadigmItem> strategies = new ArrayList<>(p.strategies());
        ParadigmItem first = strategies.get(0);
        strategies.set(
                0,
                new ParadigmItem(
                        first.statement(), first.evidence(), List.of(new NegativeCase(STRATEGY_EXCEPTION, tom))));
        List<Consequence> consequences = new ArrayList<>(p.consequences());
        Consequence c = consequences.get(0);
        consequences.set(
                0,
                new Consequence(
                        c.statement(),
                        c.type(),
                        c.horizon(),
                        c.evidence(),
                        List.of(new NegativeCase(CONSEQUENCE_EXCEPTION, jose))));
        List<Proposition> propositions = new ArrayList<>(base.propositions());
        Proposition last = propositions.get(propositions.size() - 1);
        propositions.set(
                propositions.size() - 1,
                new Proposition(
                        last.id(),
                        last.text(),
                        last.evidence(),
                        List.of(new NegativeCase(PROPOSITION_EXCEPTION, null))));
        return new TheoryReport(
                base.projectTitle(),
                base.researchQuestion(),
                base.language(),
                base.template(),
                base.theoryVersion(),
                base.generatedAt(),
                "gpt-4o (openai)",
                false,
                base.executiveSummary(),
                core,
                new ParadigmModel(
                        p.phenomenon(),
                        p.causalConditions(),
                        p.context(),
                        p.interveningConditions(),
                        strategies,
                        consequences),
                propositions,
                base.gaps(),
                base.samplingPlan(),
                base.network(),
                base.saturation(),
                base.codebook(),
                base.verification(),
                base.manifest(),
                base.links());
    }
}
