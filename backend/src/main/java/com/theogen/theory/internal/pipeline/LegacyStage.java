package com.theogen.theory.internal.pipeline;

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
            Drafts.Meta meta)
            implements StageOutputs.Output {}

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

    Output run(RunScope run, RunState state) {
        if (!run.remote()) {
            StageOutputs.Core core = central.run(run, state);
            RunState chosen = state.with(CentralCategoryStage.STEP, core);
            StageOutputs.Paradigm built = paradigm.run(run, chosen);
            StageOutputs.Saturation assessed = saturation.run(run, chosen.with(ParadigmStage.STEP, built));
            return new Output(core, built, assessed, run.computed().withGeneratedBy(GeneratedBy.OFFLINE));
        }
        StageOutputs.Loaded project = state.project();
        StageOutputs.CategoryEvidence evidence = state.evidence();
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
                        .payload(Prompts.payload(
                                run.data(), ids, evidence, state.graph().metrics(), 2))
                        .maxOutputTokens(8000)
                        .build(),
                log);
        UUID coreId = Prompts.resolveCategory(run.data(), ids, out.central().categoryId())
                .or(() -> Prompts.resolveCategory(run.data(), ids, out.central().name()))
                .orElseThrow(() -> new DomainException(
                        TheoryError.CENTRAL_CATEGORY_INVALID,
                        "The model named a core category that is not one of the project's categories"));
        Drafts.Meta meta = run.meta("llm", log);
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
        StageOutputs.Saturation assessed = saturation.computedOnly(
                run,
                state.with(CentralCategoryStage.STEP, core).with(ParadigmStage.STEP, built),
                out.assessment().readinessScore(),
                out.assessment().readinessExplanation(),
                meta);
        return new Output(core, built, assessed, meta);
    }
}
