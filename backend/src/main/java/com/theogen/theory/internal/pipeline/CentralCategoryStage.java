package com.theogen.theory.internal.pipeline;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.OfflineTheorist;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code identify_central_category}: the model (or the offline analyst's centrality × coverage) chooses the core
 * category. The model first scores every listed candidate on Strauss and Corbin's criteria, with its reasoning, then
 * chooses and writes a storyline (docs/adr/035); the candidates are listed by name, their network figures plain
 * numbers beside them, so no ranking anchors the choice. It must be one of the project's categories: a model answer naming anything else gets one repair call
 * (the same prompt with the list restated), and the run fails with {@code CENTRAL_CATEGORY_INVALID} if the second
 * answer is still not a listed category.
 */
@Component
class CentralCategoryStage {

    static final String STEP = "identify_central_category";

    private final OfflineTheorist theorist;
    private final AnalystInputs inputs;
    private final LlmClient llm;
    private final CodingPorts coding;

    CentralCategoryStage(OfflineTheorist theorist, AnalystInputs inputs, LlmClient llm, CodingPorts coding) {
        this.theorist = theorist;
        this.inputs = inputs;
        this.llm = llm;
        this.coding = coding;
    }

    StageOutputs.Core run(RunScope run, RunState state) {
        StageOutputs.Loaded project = state.project();
        StageOutputs.Graph graph = state.graph();
        StageOutputs.CategoryEvidence evidence = state.evidence();
        if (!run.remote()) {
            CentralCategory central =
                    theorist.chooseCentralCategory(inputs.request(project, run.data(), graph.metrics()));
            return new StageOutputs.Core(
                    central.categoryId(),
                    central.why(),
                    cites(run.data(), evidence, central.categoryId()),
                    List.of(),
                    run.computed().withGeneratedBy(GeneratedBy.OFFLINE));
        }
        LlmRunLog log = new LlmRunLog();
        List<String> repairs = new ArrayList<>();
        PromptIds ids = PromptIds.of(run.data(), evidence);
        LlmOutputs.CentralChoice choice = ask(run, project, graph, evidence, ids, "", log);
        Optional<UUID> chosen = Prompts.resolveCategory(run.data(), ids, choice.categoryId())
                .or(() -> Prompts.resolveCategory(run.data(), ids, choice.name()));
        if (chosen.isEmpty()) {
            repairs.add("central_category_not_listed");
            String names = String.join(
                    ", ",
                    evidence.promptCategories().stream()
                            .map(id ->
                                    "[" + ids.category(id) + "] " + run.data().categoryName(id))
                            .toList());
            String correction = notListed(project, choice.name(), names);
            LlmOutputs.CentralChoice retry = ask(run, project, graph, evidence, ids, correction, log);
            chosen = Prompts.resolveCategory(run.data(), ids, retry.categoryId())
                    .or(() -> Prompts.resolveCategory(run.data(), ids, retry.name()));
            if (chosen.isEmpty()) {
                throw new DomainException(
                        TheoryError.CENTRAL_CATEGORY_INVALID,
                        "The model named a core category that is not one of the project's categories, twice");
            }
            return result(run, ids, chosen.get(), retry, repairs, log);
        }
        return result(run, ids, chosen.get(), choice, repairs, log);
    }

    private StageOutputs.Core result(
            RunScope run,
            PromptIds ids,
            UUID category,
            LlmOutputs.CentralChoice choice,
            List<String> repairs,
            LlmRunLog log) {
        return new StageOutputs.Core(
                category,
                choice.justification(),
                cites(run.data(), ids, category, choice.evidenceFragmentIds()),
                repairs,
                run.meta("llm", log),
                choice.storyline() == null ? "" : choice.storyline().strip(),
                scores(run.data(), ids, choice.candidates()));
    }

    static List<Drafts.Cite> cites(ProjectData data, PromptIds ids, UUID category, List<String> fragments) {
        return fragments.stream()
                .map(written -> Prompts.fragmentId(ids, written))
                .map(id -> data.citeFor(category, id).orElse(new Drafts.Cite(id, "", -1)))
                .toList();
    }

    /** The scored candidates that name a listed category, once each, scores clamped to 1–5. */
    static List<Drafts.CandidateScore> scores(
            ProjectData data, PromptIds ids, List<LlmOutputs.CandidateScore> candidates) {
        if (candidates == null) {
            return List.of();
        }
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        List<Drafts.CandidateScore> out = new ArrayList<>();
        for (LlmOutputs.CandidateScore c : candidates) {
            Optional<UUID> id = c == null ? Optional.empty() : Prompts.resolveCategory(data, ids, c.categoryId());
            if (id.isPresent() && seen.add(id.get())) {
                out.add(new Drafts.CandidateScore(
                        id.get(),
                        c.reasoning() == null ? "" : c.reasoning().strip(),
                        clamp(c.central()),
                        clamp(c.frequent()),
                        clamp(c.connected()),
                        clamp(c.abstractEnough()),
                        clamp(c.explainsVariation())));
            }
        }
        return out;
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private LlmOutputs.CentralChoice ask(
            RunScope run,
            StageOutputs.Loaded project,
            StageOutputs.Graph graph,
            StageOutputs.CategoryEvidence evidence,
            PromptIds ids,
            String correction,
            LlmRunLog log) {
        LlmRequest<LlmOutputs.CentralChoice> request = LlmRequest.builder(
                        "central_category", ModelRole.REASONING, LlmOutputs.CentralChoice.class)
                .language(project.language())
                .domainTemplate(project.template())
                .variable("research_question", ParadigmStage.text(project.researchQuestion()))
                .variable("correction", correction)
                .researcherMemos(coding.researcherMemos(run.projectId(), ModelRole.REASONING))
                .payload(Prompts.shared(run, ids, evidence, graph.metrics()))
                .cacheKey(run.selectiveCacheKey())
                .format("central_not_listed.v2")
                .maxOutputTokens(3000)
                .build();
        return run.call(llm, request, log);
    }

    private static String notListed(StageOutputs.Loaded project, String named, String names) {
        return switch (project.language()) {
            case ES ->
                "Atención: la respuesta anterior eligió «" + named
                        + "», que no es una de las categorías listadas. Elige exactamente una de: " + names + ".";
            case EN ->
                "Note: the previous answer chose \"" + named
                        + "\", which is not one of the listed categories. Choose exactly one of: " + names + ".";
        };
    }

    /** The core category's own best evidence: its top candidates with the quote its codes mark in each. */
    static List<Drafts.Cite> cites(ProjectData data, StageOutputs.CategoryEvidence evidence, UUID category) {
        return evidence.byCategory().getOrDefault(category, List.of()).stream()
                .limit(3)
                .map(c -> data.citeFor(category, c.fragmentId()))
                .flatMap(Optional::stream)
                .toList();
    }
}
