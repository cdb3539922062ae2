package com.theogen.export.internal.docx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CodebookEntry;
import com.theogen.export.CoreCategory;
import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmItem;
import com.theogen.export.Proposition;
import com.theogen.export.RunManifest;
import com.theogen.export.TheoryReport;
import com.theogen.export.VerificationCounts;
import com.theogen.export.internal.CoderCounts;
import com.theogen.export.internal.CoreChoice;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportTable;
import com.theogen.export.internal.png.Diagrams;
import com.theogen.export.internal.png.NetworkDiagram;
import java.util.ArrayList;
import java.util.List;

/** The Word report's content, section by section, in the order and numbering of the PDF. */
final class DocxSections {

    private static final List<ReportLabel> SECTIONS = List.of(
            EXECUTIVE_SUMMARY,
            CORE_CATEGORY,
            PARADIGM_MODEL,
            CONSEQUENCES,
            PROPOSITIONS,
            GAPS_AND_SAMPLING,
            NETWORK,
            SATURATION,
            CODEBOOK,
            METHODS_APPENDIX);
    private static final int FIGURE_PIXELS = 1800;

    private final DocxWriter w;
    private final TheoryReport report;
    private final Labels labels;

    DocxSections(DocxWriter w, TheoryReport report, Labels labels) {
        this.w = w;
        this.report = report;
        this.labels = labels;
    }

    /** The section titles as the contents list them ("1. Executive summary" …). */
    List<String> titles() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            titles.add(title(i));
        }
        return titles;
    }

    private String title(int index) {
        return (index + 1) + ". " + labels.get(SECTIONS.get(index));
    }

    void writeAll() {
        w.heading1(title(0));
        report.executiveSummary().forEach(w::body);
        if (report.degraded()) {
            w.paragraph(DocxStyles.NOTICE, labels.get(DEGRADED_NOTICE));
        }
        w.heading1(title(1));
        w.paragraph(DocxStyles.STATEMENT, report.coreCategory().name());
        w.heading2(labels.get(DEFINITION));
        w.body(report.coreCategory().definition());
        w.heading2(labels.get(WHY_CORE));
        w.body(report.coreCategory().rationale());
        coreChoice();
        paradigm();
        consequences();
        w.heading1(title(4));
        for (Proposition p : report.propositions()) {
            w.paragraph(DocxStyles.STATEMENT, p.id() + ". " + p.text());
            w.quotes(p.evidence());
            w.negativeCases(p.exceptions());
        }
        gaps();
        network();
        saturation();
        codebook();
        methods();
    }

    /** How the core was chosen: the scored candidates, then the storyline; nothing when neither exists. */
    private void coreChoice() {
        CoreCategory core = report.coreCategory();
        if (!core.hasChoice()) {
            return;
        }
        w.heading2(labels.get(CORE_CHOICE));
        if (!core.candidates().isEmpty()) {
            w.muted(labels.get(CORE_CHOICE_INTRO));
            w.table(
                    labels.get(CORE_CANDIDATES),
                    CoreChoice.header(labels),
                    new double[] {2.3, 0.95, 0.95, 0.95, 0.95, 0.95, 0.8, 4.2},
                    core.candidates().stream()
                            .map(c -> CoreChoice.row(c, labels))
                            .toList());
        }
        if (!core.storyline().isBlank()) {
            w.fact(labels.get(STORYLINE), core.storyline());
        }
    }

    private void paradigm() {
        w.heading1(title(2));
        int height = (int) (FIGURE_PIXELS * 0.86);
        w.figure(
                Diagrams.paradigmPng(report, FIGURE_PIXELS, height, 7.6f * FIGURE_PIXELS / 471f),
                0.86,
                labels.get(PARADIGM_MODEL) + " — " + report.coreCategory().name());
        for (ParadigmComponent component : ParadigmComponent.values()) {
            w.heading2(labels.component(component));
            List<ParadigmItem> items = report.paradigm().items(component);
            if (items.isEmpty()) {
                w.muted(labels.get(NO_ITEMS));
            }
            for (int i = 0; i < items.size(); i++) {
                w.paragraph(DocxStyles.STATEMENT, labels.statement(report.paradigm(), component, i));
                w.quotes(items.get(i).evidence());
                w.negativeCases(items.get(i).exceptions());
            }
        }
    }

    private void consequences() {
        w.heading1(title(3));
        if (report.paradigm().consequences().isEmpty()) {
            w.muted(labels.get(NO_ITEMS));
            return;
        }
        w.table(labels.get(CONSEQUENCES), ReportTable.consequences(report, labels));
    }

    private void gaps() {
        w.heading1(title(5));
        w.heading2(labels.get(GAPS));
        if (report.gaps().isEmpty()) {
            w.muted(labels.get(NO_GAPS));
        } else {
            w.table(labels.get(GAPS), ReportTable.gaps(report, labels));
        }
        w.heading2(labels.get(SAMPLING_PLAN));
        if (report.samplingPlan().isEmpty()) {
            w.muted(labels.get(NO_SAMPLING));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.samplingPlan().size(); i++) {
            var step = report.samplingPlan().get(i);
            rows.add(List.of(Integer.toString(i + 1), step.target(), step.rationale()));
        }
        w.table(
                labels.get(SAMPLING_PLAN),
                List.of(labels.get(INTERVIEW_INDEX), labels.get(SAMPLE_NEXT), labels.get(WHY)),
                new double[] {0.6, 3.5, 4},
                rows);
    }

    private void network() {
        w.heading1(title(6));
        if (!report.network().centrality().isEmpty()) {
            int height = (int) (FIGURE_PIXELS * 0.62);
            w.figure(
                    NetworkDiagram.png(report, FIGURE_PIXELS, height, 8f * FIGURE_PIXELS / 471f),
                    0.62,
                    labels.get(NETWORK) + " — " + labels.get(LEGEND_NODE) + "; " + labels.get(LEGEND_EDGE));
        }
        w.heading2(labels.get(CENTRALITY));
        w.table(labels.get(CENTRALITY), ReportTable.centrality(report, labels));
        w.heading2(labels.get(CO_OCCURRENCE));
        if (report.network().coOccurrence().isEmpty()) {
            w.muted(labels.get(NO_NETWORK));
            return;
        }
        w.table(labels.get(CO_OCCURRENCE), ReportTable.coOccurrence(report, labels));
    }

    private void saturation() {
        w.heading1(title(7));
        if (report.saturation().isEmpty()) {
            w.muted(labels.get(NO_SATURATION));
            return;
        }
        w.saturationChart(report, labels.get(SATURATION_CURVE));
        w.table(labels.get(SATURATION), ReportTable.saturation(report, labels));
    }

    private void codebook() {
        w.heading1(title(8));
        List<List<String>> rows = new ArrayList<>();
        for (CodebookEntry c : report.codebook()) {
            rows.add(List.of(
                    c.code(),
                    c.definition(),
                    c.category(),
                    labels.origin(c.origin()),
                    labels.integer(c.fragmentCount()),
                    CoderCounts.describe(c, labels)));
        }
        w.table(
                labels.get(CODEBOOK),
                List.of(
                        labels.get(CODE),
                        labels.get(DEFINITION),
                        labels.get(CATEGORY),
                        labels.get(ORIGIN),
                        labels.get(FRAGMENTS),
                        labels.get(APPLICATIONS_BY_CODER)),
                new double[] {2, 3.4, 2, 1.6, 1.1, 2},
                rows);
    }

    private void methods() {
        w.heading1(title(9));
        RunManifest m = report.manifest();
        w.fact(labels.get(GENERATED_BY), report.generatedBy());
        w.fact(labels.get(GENERATED_AT), labels.dateTime(report.generatedAt()));
        w.fact(labels.get(MODELS), String.join(", ", m.models()));
        w.fact(labels.get(TEMPLATE), report.template().displayName() + " (" + m.templateKey() + ")");
        VerificationCounts v = report.verification();
        w.heading2(labels.get(VERIFICATION));
        w.fact(labels.get(QUOTES_CHECKED), labels.integer(v.quotesChecked()));
        w.fact(labels.get(VERIFIED), labels.integer(v.verified()));
        w.fact(labels.get(DROPPED), labels.integer(v.dropped()));
        w.fact(labels.get(UNKNOWN_IDS), labels.integer(v.unknownEvidenceIds()));
        w.heading2(labels.get(PROMPT_VERSIONS));
        if (m.promptVersions().isEmpty()) {
            w.muted(labels.get(NO_PROMPTS));
        }
        m.promptVersions().forEach(p -> w.fact(p.stage(), p.prompt()));
        w.heading2(labels.get(BUDGET_TRIMS));
        if (m.budgetTrims().isEmpty()) {
            w.muted(labels.get(NO_BUDGET_TRIMS));
        }
        m.budgetTrims().forEach(t -> w.fact(t.stage(), t.action() + ": " + t.before() + " → " + t.after()));
        w.heading2(labels.get(STAGE_TIMINGS));
        m.stageTimings()
                .forEach(t -> w.fact(
                        t.stage(),
                        labels.integer(t.millis()) + " ms · " + labels.get(TOKENS_IN) + " "
                                + labels.integer(t.tokensIn()) + " · " + labels.get(TOKENS_OUT) + " "
                                + labels.integer(t.tokensOut())));
        w.heading2(labels.get(INPUT_HASHES));
        m.inputHashes().forEach(h -> w.fact(h.input(), h.sha256()));
    }
}
