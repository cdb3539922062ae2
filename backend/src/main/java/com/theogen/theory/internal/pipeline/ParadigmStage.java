package com.theogen.theory.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.OfflineTheorist;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.TheoryRequest;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ModelRole;
import com.theogen.project.DomainTemplateCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code build_paradigm}: the paradigm model, consequences and propositions around the core category, then the
 * quality checks of {@link ParadigmRules}: one targeted repair call for what the model got wrong, then whatever
 * still breaks a rule is dropped (and recorded).
 */
@Component
class ParadigmStage {

    /** The longest stretch quoted under a proposition to hold two coded quotes of one passage. */
    private static final int JOINED_QUOTE_MAX = 400;

    static final String STEP = "build_paradigm";

    /**
     * Offline components shown per paradigm role (ADR 059), the analyst's own bound: the best-supported few, not every
     * category one "because" touched.
     */
    static final int SHOWN_PER_ROLE = 4;

    private final OfflineTheorist theorist;
    private final AnalystInputs inputs;
    private final LlmClient llm;
    private final ObjectMapper json;
    private final DomainTemplateCatalog templates;

    private final CodingPorts coding;

    ParadigmStage(
            OfflineTheorist theorist,
            AnalystInputs inputs,
            LlmClient llm,
            ObjectMapper json,
            DomainTemplateCatalog templates,
            CodingPorts coding) {
        this.coding = coding;
        this.theorist = theorist;
        this.inputs = inputs;
        this.llm = llm;
        this.json = json;
        this.templates = templates;
    }

    StageOutputs.Paradigm run(RunScope run, RunState state) {
        StageOutputs.Loaded project = state.project();
        StageOutputs.Graph graph = state.graph();
        StageOutputs.CategoryEvidence evidence = state.evidence();
        StageOutputs.Core core = state.core();
        if (!run.remote()) {
            return offline(run, project, graph, core);
        }
        LlmRunLog log = new LlmRunLog();
        PromptIds ids = PromptIds.of(run.data(), evidence);
        List<String> typology = typology(project);
        var payload = Prompts.shared(run, ids, evidence, graph.metrics());
        LlmOutputs.ParadigmOut first = run.call(
                llm,
                LlmRequest.builder("paradigm", ModelRole.REASONING, LlmOutputs.ParadigmOut.class)
                        .language(project.language())
                        .domainTemplate(project.template())
                        .variable("research_question", text(project.researchQuestion()))
                        .variable("core_category", coreLine(run.data(), ids, core))
                        .variable("consequence_types", types(typology))
                        .researcherMemos(coding.researcherMemos(run.projectId(), ModelRole.REASONING))
                        .payload(payload)
                        .cacheKey(run.selectiveCacheKey())
                        .format("paradigm_core_line.v2")
                        .maxOutputTokens(6000)
                        .build(),
                log);
        List<String> repairs = new ArrayList<>();
        StageOutputs.Paradigm draft = ModelParadigm.toDraft(run.data(), ids, first, repairs);
        List<String> violations = ParadigmRules.violations(draft);
        if (!violations.isEmpty()) {
            repairs.add("paradigm_repair_call");
            LlmOutputs.ParadigmOut repaired = run.call(
                    llm,
                    LlmRequest.builder("paradigm_repair", ModelRole.REASONING, LlmOutputs.ParadigmOut.class)
                            .prompt("paradigm_repair/paradigm_repair")
                            .language(project.language())
                            .domainTemplate(project.template())
                            .variable("research_question", text(project.researchQuestion()))
                            .variable("core_category", coreLine(run.data(), ids, core))
                            .variable("consequence_types", types(typology))
                            .variable("paradigm_json", write(first))
                            .variable("violations", "- " + String.join("\n- ", violations))
                            .payload(payload)
                            .cacheKey(run.selectiveCacheKey())
                            .format("paradigm_core_line.v2+paradigm_violations.v2")
                            .maxOutputTokens(6000)
                            .build(),
                    log);
            draft = ModelParadigm.toDraft(run.data(), ids, repaired, repairs);
        }
        StageOutputs.Paradigm enforced = ParadigmRules.enforce(draft, typology, repairs);
        return withMeta(enforced, run.meta("llm", log));
    }

    private StageOutputs.Paradigm offline(
            RunScope run, StageOutputs.Loaded project, StageOutputs.Graph graph, StageOutputs.Core core) {
        ProjectData data = run.data();
        TheoryRequest request = inputs.request(project, data, graph.metrics());
        CentralCategory central = new CentralCategory(
                core.categoryId(), data.categoryName(core.categoryId()), 0, core.why(), List.of(), GeneratedBy.OFFLINE);
        ParadigmModel paradigm = theorist.buildParadigm(request, central);
        List<Proposition> propositions = theorist.buildPropositions(request, paradigm);
        OfflinePhrasing phrasing = new OfflinePhrasing(project.language(), data.categoryName(core.categoryId()));
        List<Drafts.Claim> causal = claims(paradigm, ParadigmRole.CAUSAL_CONDITION, phrasing);
        List<Drafts.Claim> context = claims(paradigm, ParadigmRole.CONTEXT, phrasing);
        List<Drafts.Claim> intervening = claims(paradigm, ParadigmRole.INTERVENING_CONDITION, phrasing);
        List<Drafts.Claim> strategies = claims(paradigm, ParadigmRole.STRATEGY, phrasing);
        List<Drafts.Consequence> consequences = paradigm.consequences().stream()
                .map(c -> new Drafts.Consequence(
                        c.categoryId(),
                        phrasing.consequence(
                                c.name(),
                                c.type().code(),
                                c.horizon().code(),
                                c.evidence().cue()),
                        c.type().code(),
                        c.horizon().code(),
                        List.of(cite(c.evidence()))))
                .toList();
        Set<UUID> cited = new HashSet<>();
        List<Drafts.Proposition> props =
                propositions.stream().map(p -> proposition(data, p, cited)).toList();
        List<String> repairs = new ArrayList<>();
        StageOutputs.Paradigm draft = new StageOutputs.Paradigm(
                causal,
                context,
                intervening,
                strategies,
                consequences,
                props,
                List.of(),
                run.computed().withGeneratedBy(GeneratedBy.OFFLINE));
        return ParadigmRules.enforce(draft, typology(project), repairs);
    }

    /**
     * The claims of one role: the first {@link #SHOWN_PER_ROLE} components (the analyst lists them best-supported
     * first), the last one saying how many more categories carry that role's markers and which (ADR 059).
     */
    static List<Drafts.Claim> claims(ParadigmModel paradigm, ParadigmRole role, OfflinePhrasing phrasing) {
        List<ParadigmModel.Component> all =
                paradigm.components().stream().filter(c -> c.role() == role).toList();
        List<ParadigmModel.Component> shown = all.subList(0, Math.min(SHOWN_PER_ROLE, all.size()));
        List<String> more = all.subList(shown.size(), all.size()).stream()
                .map(ParadigmModel.Component::name)
                .toList();
        List<Drafts.Claim> claims = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ParadigmModel.Component c = shown.get(i);
            String statement =
                    phrasing.component(c.name(), role, c.cueSentences().getOrDefault(role, 0), c.evidence());
            if (i == shown.size() - 1 && !more.isEmpty()) {
                statement += " " + phrasing.more(role, more);
            }
            claims.add(new Drafts.Claim(
                    c.categoryId(),
                    statement,
                    c.evidence().stream().map(ParadigmStage::cite).toList()));
        }
        return claims;
    }

    static Drafts.Proposition proposition(ProjectData data, Proposition p) {
        return proposition(data, p, new HashSet<>());
    }

    /**
     * One offline proposition with its quotes; {@code cited} holds the passages earlier propositions quote, which
     * are not quoted again as further evidence (a passage backs one link of the draft, not several), and receives
     * this proposition's.
     */
    static Drafts.Proposition proposition(ProjectData data, Proposition p, Set<UUID> cited) {
        List<UUID> categories = new ArrayList<>(p.conditionCategoryIds());
        categories.add(p.outcomeCategoryId());
        List<Drafts.Cite> cites = new ArrayList<>();
        if (p.mechanism() != null) {
            cites.add(cite(p.mechanism()));
        }
        Set<UUID> used = new LinkedHashSet<>();
        cites.forEach(c -> used.add(c.fragmentId()));
        for (UUID fragment : p.fragmentIds()) {
            if (cites.size() >= 3) {
                break;
            }
            if (cited.contains(fragment) || !used.add(fragment)) {
                continue;
            }
            List<Drafts.Cite> coded = categories.stream()
                    .map(category -> data.citeFor(category, fragment))
                    .flatMap(Optional::stream)
                    .toList();
            // A further quote backs a link between categories only from a passage coded with two of them, and
            // it quotes the stretch that holds both coded quotes (#18): a fragment carrying one category's code,
            // or one category's quote alone, says nothing about the other.
            if (coded.size() >= 2) {
                data.fragment(fragment)
                        .flatMap(f -> joined(f.text(), coded.get(0), coded.get(1)))
                        .ifPresent(cites::add);
            } else if (categories.size() < 2 && !coded.isEmpty()) {
                cites.add(coded.get(0));
            }
        }
        cites.forEach(c -> cited.add(c.fragmentId()));
        return new Drafts.Proposition(p.text(), categories, cites);
    }

    /** The verbatim stretch of a passage from the first to the end of the last of two quotes, if short enough. */
    private static Optional<Drafts.Cite> joined(String text, Drafts.Cite a, Drafts.Cite b) {
        int start = Math.min(a.start(), b.start());
        int end = Math.max(a.start() + a.quote().length(), b.start() + b.quote().length());
        if (start < 0 || end > text.length() || end - start > JOINED_QUOTE_MAX) {
            return Optional.empty();
        }
        return Optional.of(new Drafts.Cite(a.fragmentId(), text.substring(start, end), start));
    }

    static Drafts.Cite cite(ParadigmModel.CueEvidence evidence) {
        return new Drafts.Cite(
                evidence.quote().fragmentId(),
                evidence.quote().text(),
                evidence.quote().start());
    }

    private static StageOutputs.Paradigm withMeta(StageOutputs.Paradigm p, Drafts.Meta meta) {
        return new StageOutputs.Paradigm(
                p.causal(),
                p.context(),
                p.intervening(),
                p.strategies(),
                p.consequences(),
                p.propositions(),
                p.repairs(),
                meta);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("paradigm output is always serialisable", e);
        }
    }

    /** The project's domain template's consequence typology (wire names). */
    List<String> typology(StageOutputs.Loaded project) {
        return templates.require(project.template()).consequenceTypes();
    }

    /** The typology as the prompt lists it: the template's types, then {@code other}. */
    static String types(List<String> typology) {
        List<String> all = new ArrayList<>(typology);
        all.add(ParadigmRules.OTHER);
        return String.join(", ", all);
    }

    /** The core category with its short id, so the prompt names it the way the evidence lists it. */
    static String coreLine(ProjectData data, PromptIds ids, StageOutputs.Core core) {
        return "[" + ids.category(core.categoryId()) + "] " + data.categoryName(core.categoryId());
    }

    static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
