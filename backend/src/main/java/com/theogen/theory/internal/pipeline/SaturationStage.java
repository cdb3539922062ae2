package com.theogen.theory.internal.pipeline;

import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.OfflineTheorist;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.SaturationReport;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ModelRole;
import com.theogen.theory.Theory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code analyze_saturation_and_gaps}: the saturation curve (new codes per interview), plateau and readiness are
 * always computed from the data; with a model, its readiness judgement, gaps and sampling questions are added beside
 * them, never instead of them.
 */
@Component
class SaturationStage {

    static final String STEP = "analyze_saturation_and_gaps";

    private final OfflineTheorist theorist;
    private final AnalystInputs inputs;
    private final LlmClient llm;

    SaturationStage(OfflineTheorist theorist, AnalystInputs inputs, LlmClient llm) {
        this.theorist = theorist;
        this.inputs = inputs;
        this.llm = llm;
    }

    StageOutputs.Saturation run(RunScope run, RunState state) {
        ProjectData data = run.data();
        SaturationReport computed = analyze(run, state);
        List<Drafts.Gap> gaps = new ArrayList<>(gaps(computed));
        List<Theory.SamplingStep> plan = new ArrayList<>(plan(computed));
        if (!run.remote()) {
            return saturation(computed, null, "", gaps, plan, run.computed().withGeneratedBy(GeneratedBy.OFFLINE));
        }
        StageOutputs.Loaded project = state.project();
        LlmRunLog log = new LlmRunLog();
        PromptIds ids = PromptIds.of(data, state.evidence());
        LlmOutputs.GapsAssessment model = run.call(
                llm,
                LlmRequest.builder("saturation_gaps", ModelRole.FAST, LlmOutputs.GapsAssessment.class)
                        .language(project.language())
                        .domainTemplate(project.template())
                        .variable("research_question", ParadigmStage.text(project.researchQuestion()))
                        .variable("paradigm_summary", summary(data, state.core(), state.paradigm()))
                        .variable(
                                "saturation",
                                saturationText(project, computed, state.graph().metrics(), data))
                        .payload(Prompts.shared(
                                run, ids, state.evidence(), state.graph().metrics()))
                        .cacheKey(run.selectiveCacheKey())
                        .maxOutputTokens(3000)
                        .build(),
                log);
        for (LlmOutputs.GapOut gap : model.gaps()) {
            Optional<UUID> category = Prompts.resolveCategory(data, ids, gap.target());
            gaps.add(new Drafts.Gap(
                    "MODEL_ASSESSMENT",
                    category.orElse(null),
                    category.map(data::categoryName).orElse(gap.target()) + ": " + gap.missing(),
                    "medium"));
        }
        for (LlmOutputs.SamplingOut step : model.samplingPlan()) {
            List<UUID> categories =
                    Prompts.resolveCategory(data, ids, step.gap()).stream().toList();
            plan.add(new Theory.SamplingStep(step.participants(), step.gap(), step.questions(), categories));
        }
        return saturation(
                computed, model.readinessScore(), model.readinessExplanation(), gaps, plan, run.meta("llm", log));
    }

    /**
     * The computed part only (curve, plateau, readiness, computed gaps and plan) with the model's judgement given by
     * the caller, for the legacy route.
     */
    StageOutputs.Saturation computedOnly(
            RunScope run, RunState state, Integer modelReadiness, String modelAssessment, Drafts.Meta meta) {
        SaturationReport computed = analyze(run, state);
        return saturation(computed, modelReadiness, modelAssessment, gaps(computed), plan(computed), meta);
    }

    private SaturationReport analyze(RunScope run, RunState state) {
        ProjectData data = run.data();
        return theorist.analyzeSaturation(
                inputs.request(state.project(), data, state.graph().metrics()),
                analystParadigm(data, state.core(), state.paradigm()));
    }

    private static List<Drafts.Gap> gaps(SaturationReport computed) {
        return computed.gaps().stream()
                .map(g -> new Drafts.Gap(g.kind(), g.categoryId(), g.description(), severity(g.kind())))
                .toList();
    }

    private static List<Theory.SamplingStep> plan(SaturationReport computed) {
        return computed.samplingPlan().stream()
                .map(s -> new Theory.SamplingStep(s.actor(), s.focus(), List.of(), s.categoryIds()))
                .toList();
    }

    private static StageOutputs.Saturation saturation(
            SaturationReport computed,
            Integer modelReadiness,
            String modelAssessment,
            List<Drafts.Gap> gaps,
            List<Theory.SamplingStep> plan,
            Drafts.Meta meta) {
        return new StageOutputs.Saturation(
                computed.curve().stream()
                        .map(p -> new StageOutputs.Point(p.interviewId(), p.newCodes(), p.cumulativeCodes()))
                        .toList(),
                computed.plateau(),
                computed.readinessScore(),
                modelReadiness,
                modelAssessment,
                gaps,
                plan,
                meta);
    }

    /** The draft paradigm as the saturation analyzer reads it: which roles are filled and by how much evidence. */
    static ParadigmModel analystParadigm(ProjectData data, StageOutputs.Core core, StageOutputs.Paradigm p) {
        List<ParadigmModel.Component> components = new ArrayList<>();
        add(components, data, p.causal(), ParadigmRole.CAUSAL_CONDITION);
        add(components, data, p.context(), ParadigmRole.CONTEXT);
        add(components, data, p.intervening(), ParadigmRole.INTERVENING_CONDITION);
        add(components, data, p.strategies(), ParadigmRole.STRATEGY);
        for (Drafts.Consequence c : p.consequences()) {
            if (c.categoryId() != null) {
                components.add(new ParadigmModel.Component(
                        c.categoryId(),
                        data.categoryName(c.categoryId()),
                        ParadigmRole.CONSEQUENCE,
                        Map.of(ParadigmRole.CONSEQUENCE, c.evidence().size()),
                        List.of()));
            }
        }
        return new ParadigmModel(core.categoryId(), components, List.of(), List.of(), GeneratedBy.OFFLINE);
    }

    private static void add(
            List<ParadigmModel.Component> out, ProjectData data, List<Drafts.Claim> claims, ParadigmRole role) {
        Map<UUID, Integer> cues = new HashMap<>();
        claims.stream()
                .filter(c -> c.categoryId() != null)
                .forEach(c -> cues.merge(c.categoryId(), c.evidence().size(), Integer::sum));
        cues.forEach((id, n) ->
                out.add(new ParadigmModel.Component(id, data.categoryName(id), role, Map.of(role, n), List.of())));
    }

    static String severity(String kind) {
        return switch (kind) {
            case "NOT_SATURATED", "MISSING_COMPONENT", "NO_CONSEQUENCES" -> "high";
            case "LOW_COVERAGE", "FEW_FRAGMENTS" -> "medium";
            default -> "low";
        };
    }

    private static String summary(ProjectData data, StageOutputs.Core core, StageOutputs.Paradigm p) {
        StringBuilder out = new StringBuilder();
        out.append("Core category: ")
                .append(data.categoryName(core.categoryId()))
                .append('\n');
        line(out, "Causal conditions", data, p.causal());
        line(out, "Context", data, p.context());
        line(out, "Intervening conditions", data, p.intervening());
        line(out, "Strategies", data, p.strategies());
        p.consequences().forEach(c -> out.append("- Consequence (")
                .append(c.type())
                .append(", ")
                .append(c.horizon())
                .append("): ")
                .append(c.statement())
                .append('\n'));
        p.propositions()
                .forEach(prop ->
                        out.append("- Proposition: ").append(prop.text()).append('\n'));
        return out.toString().strip();
    }

    private static void line(StringBuilder out, String label, ProjectData data, List<Drafts.Claim> claims) {
        claims.forEach(c -> out.append("- ")
                .append(label)
                .append(" [")
                .append(data.categoryName(c.categoryId()))
                .append("]: ")
                .append(c.statement())
                .append('\n'));
    }

    private static String saturationText(
            StageOutputs.Loaded project, SaturationReport computed, NetworkMetrics metrics, ProjectData data) {
        Map<UUID, String> labels = new HashMap<>();
        project.interviews().forEach(i -> labels.put(i.id(), i.label()));
        StringBuilder out = new StringBuilder();
        computed.curve().forEach(p -> out.append("- ")
                .append(labels.getOrDefault(p.interviewId(), p.interviewId().toString()))
                .append(": +")
                .append(p.newCodes())
                .append(" new codes (")
                .append(p.cumulativeCodes())
                .append(" total)\n"));
        out.append("Plateau: ").append(computed.plateau()).append('\n');
        metrics.categories().forEach(m -> out.append("- ")
                .append(data.categoryName(m.categoryId()))
                .append(": ")
                .append(m.interviewCount())
                .append(" interviews, ")
                .append(m.fragmentCount())
                .append(" fragments, coverage ")
                .append(String.format(Locale.ROOT, "%.2f", m.interviewCoverage()))
                .append('\n'));
        return out.toString().strip();
    }
}
