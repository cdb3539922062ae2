package com.theogen.theory.internal;

import com.theogen.analyst.GeneratedBy;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code legacy_theory}: the single-call route kept behind the route flag — one model call returns core category,
 * paradigm and assessment together (or the offline theorist runs its stages in one go). Its output goes through the
 * same rules and the same verification as the staged route.
 */
@Component
class LegacyStage {

    static final String STEP = "legacy_theory";

    /** What the single call returns. */
    record LegacyOut(
            @NotNull @Valid LlmOutputs.CentralChoice central,
            @NotNull @Valid LlmOutputs.ParadigmOut paradigm,
            @NotNull @Valid LlmOutputs.GapsAssessment assessment) {}

    record Output(
            StageOutputs.Core core,
            StageOutputs.Paradigm paradigm,
            StageOutputs.Saturation saturation,
            Drafts.Meta meta) {}

    private final CentralCategoryStage central;
    private final ParadigmStage paradigm;
    private final SaturationStage saturation;
    private final LlmClient llm;

    LegacyStage(CentralCategoryStage central, ParadigmStage paradigm, SaturationStage saturation, LlmClient llm) {
        this.central = central;
        this.paradigm = paradigm;
        this.saturation = saturation;
        this.llm = llm;
    }

    Output run(
            RunScope run,
            StageOutputs.Loaded project,
            StageOutputs.Graph graph,
            StageOutputs.CategoryEvidence evidence) {
        long started = System.nanoTime();
        if (!run.remote()) {
            StageOutputs.Core core = central.run(run, project, graph, evidence);
            StageOutputs.Paradigm built = paradigm.run(run, project, graph, evidence, core);
            StageOutputs.Saturation assessed = saturation.run(run, project, graph, evidence, core, built);
            return new Output(core, built, assessed, RunScope.computed(started).withGeneratedBy(GeneratedBy.OFFLINE));
        }
        LlmRunLog log = new LlmRunLog();
        PromptIds ids = PromptIds.of(run.data(), evidence);
        List<String> typology = paradigm.typology(project);
        LegacyOut out = run.call(
                llm,
                LlmRequest.builder("legacy_theory", ModelRole.REASONING, LegacyOut.class)
                        .language(project.language())
                        .domainTemplate(project.template())
                        .variable("research_question", ParadigmStage.text(project.researchQuestion()))
                        .variable("consequence_types", ParadigmStage.types(typology))
                        .payload(Prompts.payload(run.data(), ids, evidence, graph.metrics(), 2))
                        .maxOutputTokens(8000)
                        .build(),
                log);
        UUID coreId = Prompts.resolveCategory(run.data(), ids, out.central().categoryId())
                .or(() -> Prompts.resolveCategory(run.data(), ids, out.central().name()))
                .orElseThrow(() -> new DomainException(
                        TheoryError.CENTRAL_CATEGORY_INVALID,
                        "The model named a core category that is not one of the project's categories"));
        Drafts.Meta meta = RunScope.meta("llm", started, log);
        List<Drafts.Cite> cites = CentralCategoryStage.cites(
                run.data(), ids, coreId, out.central().evidenceFragmentIds());
        StageOutputs.Core core = new StageOutputs.Core(
                coreId,
                out.central().justification(),
                cites,
                List.of(),
                meta,
                out.central().storyline(),
                CentralCategoryStage.scores(run.data(), ids, out.central().candidates()));
        List<String> repairs = new ArrayList<>();
        StageOutputs.Paradigm built = ParadigmRules.enforce(
                ModelParadigm.toDraft(run.data(), ids, out.paradigm(), repairs), typology, repairs);
        StageOutputs.Saturation computed = saturation.computedOnly(run, project, graph, core, built);
        StageOutputs.Saturation assessed = new StageOutputs.Saturation(
                computed.curve(),
                computed.plateau(),
                computed.readiness(),
                out.assessment().readinessScore(),
                out.assessment().readinessExplanation(),
                computed.gaps(),
                computed.plan(),
                meta);
        return new Output(core, built, assessed, meta);
    }
}
