package com.theogen.theory.internal;

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
 * category. It must be one of the project's categories: a model answer naming anything else gets one repair call
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

    StageOutputs.Core run(
            RunScope run,
            StageOutputs.Loaded project,
            StageOutputs.Graph graph,
            StageOutputs.CategoryEvidence evidence) {
        long started = System.nanoTime();
        if (!run.remote()) {
            CentralCategory central =
                    theorist.chooseCentralCategory(inputs.request(project, run.data(), graph.metrics()));
            return new StageOutputs.Core(
                    central.categoryId(),
                    central.why(),
                    cites(run.data(), evidence, central.categoryId()),
                    List.of(),
                    RunScope.computed(started).withGeneratedBy(GeneratedBy.OFFLINE));
        }
        LlmRunLog log = new LlmRunLog();
        List<String> repairs = new ArrayList<>();
        LlmOutputs.CentralChoice choice = ask(run, project, graph, evidence, project.researchQuestion(), log);
        Optional<UUID> chosen = Prompts.resolveCategory(run.data(), choice.categoryId())
                .or(() -> Prompts.resolveCategory(run.data(), choice.name()));
        if (chosen.isEmpty()) {
            repairs.add("central_category_not_listed");
            String names = String.join(
                    ", ",
                    evidence.promptCategories().stream()
                            .map(run.data()::categoryName)
                            .toList());
            String question = project.researchQuestion() + "\n\n" + notListed(project, choice.name(), names);
            LlmOutputs.CentralChoice retry = ask(run, project, graph, evidence, question, log);
            chosen = Prompts.resolveCategory(run.data(), retry.categoryId())
                    .or(() -> Prompts.resolveCategory(run.data(), retry.name()));
            if (chosen.isEmpty()) {
                throw new DomainException(
                        TheoryError.CENTRAL_CATEGORY_INVALID,
                        "The model named a core category that is not one of the project's categories, twice");
            }
            return result(run, chosen.get(), retry, repairs, log, started);
        }
        return result(run, chosen.get(), choice, repairs, log, started);
    }

    private StageOutputs.Core result(
            RunScope run,
            UUID category,
            LlmOutputs.CentralChoice choice,
            List<String> repairs,
            LlmRunLog log,
            long started) {
        List<Drafts.Cite> cites = choice.evidenceFragmentIds().stream()
                .map(Prompts::fragmentId)
                .map(id -> run.data().citeFor(category, id).orElse(new Drafts.Cite(id, "", -1)))
                .toList();
        return new StageOutputs.Core(
                category, choice.justification(), cites, repairs, RunScope.meta("llm", started, log));
    }

    private LlmOutputs.CentralChoice ask(
            RunScope run,
            StageOutputs.Loaded project,
            StageOutputs.Graph graph,
            StageOutputs.CategoryEvidence evidence,
            String question,
            LlmRunLog log) {
        LlmRequest<LlmOutputs.CentralChoice> request = LlmRequest.builder(
                        "central_category", ModelRole.REASONING, LlmOutputs.CentralChoice.class)
                .language(project.language())
                .domainTemplate(project.template())
                .variable("research_question", question == null ? "" : question)
                .researcherMemos(coding.researcherMemos(run.projectId(), ModelRole.REASONING))
                .payload(Prompts.payload(run.data(), evidence, graph.metrics(), 2))
                .maxOutputTokens(1500)
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
