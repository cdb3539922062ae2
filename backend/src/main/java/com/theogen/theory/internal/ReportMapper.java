package com.theogen.theory.internal;

import com.theogen.coding.CodingSnapshot;
import com.theogen.export.CentralityRow;
import com.theogen.export.CoOccurrence;
import com.theogen.export.CodebookAssembly;
import com.theogen.export.CodebookEntry;
import com.theogen.export.Consequence;
import com.theogen.export.ConsequenceType;
import com.theogen.export.CoreCandidate;
import com.theogen.export.CoreCategory;
import com.theogen.export.EvidenceQuote;
import com.theogen.export.Gap;
import com.theogen.export.Horizon;
import com.theogen.export.NegativeCase;
import com.theogen.export.NetworkSummary;
import com.theogen.export.ParadigmItem;
import com.theogen.export.ParadigmModel;
import com.theogen.export.Proposition;
import com.theogen.export.ReportLinks;
import com.theogen.export.ReportTemplate;
import com.theogen.export.RunManifest;
import com.theogen.export.SamplingStep;
import com.theogen.export.SaturationPoint;
import com.theogen.export.Severity;
import com.theogen.export.TheoryReport;
import com.theogen.export.VerificationCounts;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.DomainTemplate;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.Language;
import com.theogen.theory.Theory;
import com.theogen.theory.internal.pipeline.CodingPorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Maps a saved theory (and the project's current codebook) onto the export module's report model. */
@Component
class ReportMapper {

    private final DomainTemplateCatalog templates;
    private final CodingPorts coding;
    private final InterviewFragments fragmentReader;

    ReportMapper(DomainTemplateCatalog templates, CodingPorts coding, InterviewFragments fragmentReader) {
        this.templates = templates;
        this.coding = coding;
        this.fragmentReader = fragmentReader;
    }

    TheoryReport report(Theory t) {
        List<Fragment> fragments = fragmentReader.ofProject(t.projectId());
        Map<UUID, Fragment> byId = new HashMap<>();
        fragments.forEach(f -> byId.put(f.id(), f));
        Map<UUID, String> interviews = new HashMap<>();
        if (hasExceptions(t)) {
            fragmentReader.interviewsOf(t.projectId()).forEach(i -> interviews.put(i.id(), label(i)));
        }
        return report(t, new Sources(byId, interviews), fragments);
    }

    /** The project's fragments by id and its interviews' labels, for quotes and negative cases. */
    private record Sources(Map<UUID, Fragment> fragments, Map<UUID, String> interviews) {}

    private TheoryReport report(Theory t, Sources sources, List<Fragment> all) {
        Map<UUID, Fragment> fragments = sources.fragments();
        Language lang = t.language();
        Theory.Paradigm p = t.paradigm();
        return new TheoryReport(
                t.manifest().projectName(),
                t.manifest().researchQuestion(),
                lang,
                template(t.template(), lang),
                t.version(),
                t.createdAt(),
                "offline".equals(t.generatedBy())
                        ? (lang == Language.ES ? "analista sin conexión" : "offline analyst")
                        : t.generatedBy(),
                t.degraded(),
                summary(t),
                core(t.coreCategory()),
                new ParadigmModel(
                        items(p.phenomenon(), sources),
                        items(p.causalConditions(), sources),
                        items(p.context(), sources),
                        items(p.interveningConditions(), sources),
                        items(p.strategies(), sources),
                        t.consequences().stream()
                                .map(c -> new Consequence(
                                        c.typeNote().isBlank()
                                                ? c.statement()
                                                : c.statement() + " (" + c.typeNote() + ")",
                                        ConsequenceType.valueOf(c.type().toUpperCase(Locale.ROOT)),
                                        Horizon.valueOf(c.horizon().toUpperCase(Locale.ROOT)),
                                        quotes(c.evidence(), fragments),
                                        exceptions(c.exceptions(), sources),
                                        c.categoryName()))
                                .toList()),
                t.propositions().stream()
                        .map(pr -> new Proposition(
                                pr.id(),
                                pr.text(),
                                quotes(pr.evidence(), fragments),
                                exceptions(pr.exceptions(), sources)))
                        .toList(),
                t.gaps().stream()
                        .map(g -> new Gap(
                                g.categoryName() == null || g.categoryName().isBlank()
                                        ? (lang == Language.ES ? "Proyecto" : "Project")
                                        : g.categoryName(),
                                g.description(),
                                Severity.valueOf(g.severity().toUpperCase(Locale.ROOT))))
                        .toList(),
                t.samplingPlan().stream()
                        .map(s -> new SamplingStep(
                                s.actor(),
                                s.questions().isEmpty()
                                        ? s.focus()
                                        : s.focus() + " — " + String.join(" ", s.questions())))
                        .toList(),
                new NetworkSummary(
                        t.networkSummary().centrality().stream()
                                .map(r -> new CentralityRow(
                                        r.name(),
                                        r.codeCount(),
                                        r.fragmentCount(),
                                        r.interviewCount(),
                                        r.degree(),
                                        r.weightedDegree(),
                                        r.pageRank()))
                                .toList(),
                        t.networkSummary().coOccurrence().stream()
                                .map(c -> new CoOccurrence(c.nameA(), c.nameB(), c.sharedFragments()))
                                .toList()),
                saturation(t),
                codebook(t.projectId(), all),
                new VerificationCounts(
                        t.validation().evidenceChecked(),
                        t.validation().verified(),
                        t.validation().notVerbatim() + t.validation().wrongCategory(),
                        t.validation().unknownFragment()),
                manifest(t),
                new ReportLinks("", t.projectId()));
    }

    private ReportTemplate template(String key, Language lang) {
        DomainTemplate template = templates.find(key).orElse(null);
        if (template == null) {
            return new ReportTemplate(key, key, List.of());
        }
        return new ReportTemplate(key, template.names().getOrDefault(lang.code(), key), template.actors(lang));
    }

    /** Pipeline order of the manifest's stages, so the methods appendix reads as the run went. */
    private static final List<String> STAGE_ORDER = List.of(
            "load_project",
            "load_categories",
            "auto_code",
            "axial_grouping",
            "graph_sync",
            "network_metrics",
            "semantic_evidence",
            "identify_central_category",
            "build_paradigm",
            "analyze_saturation_and_gaps",
            "verify_evidence",
            "save_theory");

    private static List<String> summary(Theory t) {
        boolean es = t.language() == Language.ES;
        String core = t.coreCategory().name();
        int claims = t.evidenceCoverage().claims();
        int backed = t.evidenceCoverage().claimsWithEvidence();
        String why = t.coreCategory().why().strip();
        // the offline analyst's "why" already names the core category; a model's may not
        String first = why.contains(core)
                ? why
                : es ? "La categoría central es «" + core + "». " + why : "The core category is “" + core + "”. " + why;
        String second = es
                ? "La teoría reúne " + t.propositions().size() + " proposiciones y "
                        + t.consequences().size()
                        + " consecuencias; " + backed + " de " + claims
                        + " afirmaciones se apoyan en citas verificadas. Preparación: " + t.readinessScore() + "/100."
                : "The theory holds " + t.propositions().size() + " propositions and "
                        + t.consequences().size()
                        + " consequences; " + backed + " of " + claims
                        + " claims rest on verified quotes. Readiness: " + t.readinessScore() + "/100.";
        List<String> paragraphs = new ArrayList<>(List.of(first.strip(), second));
        if (!t.propositions().isEmpty()) {
            paragraphs.add((es ? "Proposición principal: " : "Leading proposition: ")
                    + t.propositions().get(0).text());
        }
        long high = t.gaps().stream()
                .filter(g -> "high".equalsIgnoreCase(g.severity()))
                .count();
        if (!t.gaps().isEmpty()) {
            paragraphs.add(
                    es
                            ? t.gaps().size() + " vacíos identificados (" + high + " de severidad alta); el plan de "
                                    + "muestreo teórico propone "
                                    + t.samplingPlan().size() + " pasos."
                            : t.gaps().size() + " gaps identified (" + high + " of high severity); the theoretical "
                                    + "sampling plan proposes "
                                    + t.samplingPlan().size() + " steps.");
        }
        return paragraphs;
    }

    private static List<ParadigmItem> items(List<Theory.Claim> claims, Sources sources) {
        return claims.stream()
                .map(c -> new ParadigmItem(
                        c.statement(),
                        quotes(c.evidence(), sources.fragments()),
                        exceptions(c.exceptions(), sources),
                        c.categoryName()))
                .toList();
    }

    private static boolean hasExceptions(Theory t) {
        Theory.Paradigm p = t.paradigm();
        return java.util.stream.Stream.of(
                                p.phenomenon(),
                                p.causalConditions(),
                                p.context(),
                                p.interveningConditions(),
                                p.strategies())
                        .flatMap(List::stream)
                        .anyMatch(c -> !c.exceptions().isEmpty())
                || t.consequences().stream().anyMatch(c -> !c.exceptions().isEmpty())
                || t.propositions().stream().anyMatch(pr -> !pr.exceptions().isEmpty());
    }

    private static String label(InterviewSummary interview) {
        String participant = interview.participant();
        return participant == null || participant.isBlank() ? interview.sourceFilename() : participant;
    }

    /**
     * A claim's negative cases, each with the whole text of the fragment it cites (verbatim: a fragment is its
     * interview's text between its offsets). A fragment no longer in the project leaves the statement alone.
     */
    private static List<NegativeCase> exceptions(List<Theory.NegativeCase> cases, Sources sources) {
        return cases.stream()
                .filter(n -> n.statement() != null && !n.statement().isBlank())
                .map(n -> {
                    Fragment f =
                            n.fragmentId() == null ? null : sources.fragments().get(n.fragmentId());
                    if (f == null) {
                        return new NegativeCase(n.statement(), null);
                    }
                    return new NegativeCase(
                            n.statement(),
                            new EvidenceQuote(
                                    f.id().toString(),
                                    sources.interviews().getOrDefault(f.interviewId(), ""),
                                    f.speaker(),
                                    f.text(),
                                    f.charStart(),
                                    f.charEnd(),
                                    f.interviewId().toString(),
                                    0,
                                    f.startMs(),
                                    f.endMs()));
                })
                .toList();
    }

    /** The core category; the candidates that were scored, the chosen one marked (docs/adr/035, 039). */
    private static CoreCategory core(Theory.CoreCategory core) {
        List<CoreCandidate> candidates = core.candidates().stream()
                .map(c -> new CoreCandidate(
                        c.categoryName() == null ? "" : c.categoryName(),
                        c.reasoning(),
                        c.central(),
                        c.frequent(),
                        c.connected(),
                        c.abstractEnough(),
                        c.explainsVariation(),
                        core.categoryId() != null
                                ? core.categoryId().equals(c.categoryId())
                                : core.name().equals(c.categoryName())))
                .toList();
        return new CoreCategory(core.name(), core.definition(), core.why(), core.storyline(), candidates);
    }

    /**
     * The claim's quotes, each once: the same words from the same interview are not repeated. Each carries its
     * interview and place in the fragment (for links) and the fragment's times when the source had them.
     */
    private static List<EvidenceQuote> quotes(List<Theory.EvidenceRef> refs, Map<UUID, Fragment> fragments) {
        Set<String> seen = new HashSet<>();
        return refs.stream()
                .filter(r -> seen.add(r.interviewId() + "\u0000" + r.quote().strip()))
                .map(r -> {
                    Fragment f = fragments.get(r.fragmentId());
                    return new EvidenceQuote(
                            r.fragmentId().toString(),
                            r.interviewLabel(),
                            r.speaker(),
                            r.quote(),
                            r.interviewStart(),
                            r.interviewEnd(),
                            r.interviewId() == null ? "" : r.interviewId().toString(),
                            r.start(),
                            f == null ? null : f.startMs(),
                            f == null ? null : f.endMs());
                })
                .toList();
    }

    private static List<SaturationPoint> saturation(Theory t) {
        List<SaturationPoint> points = new ArrayList<>();
        List<Theory.CurvePoint> curve = t.saturation().curve();
        for (int i = 0; i < curve.size(); i++) {
            Theory.CurvePoint p = curve.get(i);
            points.add(new SaturationPoint(i + 1, p.interviewLabel(), p.newCodes(), p.cumulativeCodes()));
        }
        return points;
    }

    private List<CodebookEntry> codebook(UUID projectId, List<Fragment> fragments) {
        CodingSnapshot snapshot = coding.codebooks().snapshot(projectId);
        return new CodebookAssembly(snapshot, fragments, fragmentReader.interviewsOf(projectId)).entries();
    }

    private static RunManifest manifest(Theory t) {
        Theory.Manifest m = t.manifest();
        Set<String> models = new LinkedHashSet<>();
        List<RunManifest.PromptVersion> prompts = new ArrayList<>();
        List<RunManifest.StageTiming> timings = new ArrayList<>();
        List<Theory.StageRecord> stages = new ArrayList<>(m.stages());
        stages.sort(java.util.Comparator.comparingInt(s -> {
            int at = STAGE_ORDER.indexOf(s.stage());
            return at < 0 ? STAGE_ORDER.size() : at;
        }));
        for (Theory.StageRecord s : stages) {
            s.model().forEach(model -> models.add(model + " (" + m.provider() + ")"));
            s.prompts().forEach(prompt -> prompts.add(new RunManifest.PromptVersion(s.stage(), prompt)));
            timings.add(new RunManifest.StageTiming(
                    s.stage(), s.elapsedMs(), (int) s.inputTokens(), (int) s.outputTokens()));
        }
        if (models.isEmpty()) {
            models.add(t.language() == Language.ES ? "analista sin conexión" : "offline analyst");
        }
        return new RunManifest(
                List.copyOf(models),
                prompts,
                m.template(),
                m.budgetTrims().stream()
                        .map(b -> new RunManifest.BudgetTrim(b.stage(), b.step(), b.tokensBefore(), b.tokensAfter()))
                        .toList(),
                m.inputHashes().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new RunManifest.InputHash(e.getKey(), e.getValue()))
                        .toList(),
                timings);
    }
}
