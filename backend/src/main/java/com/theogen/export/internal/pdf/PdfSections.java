package com.theogen.export.internal.pdf;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CodebookEntry;
import com.theogen.export.CoreCategory;
import com.theogen.export.EvidenceQuote;
import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmItem;
import com.theogen.export.Proposition;
import com.theogen.export.SamplingStep;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.CoreChoice;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.ReportTable;
import com.theogen.export.internal.pdf.PdfTable.Column;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/** The body of the PDF report, section by section, in the order of the table of contents. */
final class PdfSections {

    /** A level-1 section: where it starts, for the table of contents and the outline. */
    record Section(String title, int pageNumber, PDPage page) {}

    private final PdfFlow flow;
    private final TheoryReport report;
    private final Labels labels;
    private final PdfBlocks blocks;
    private final List<Section> sections = new ArrayList<>();

    PdfSections(PdfFlow flow, TheoryReport report, Labels labels) {
        this.flow = flow;
        this.report = report;
        this.labels = labels;
        this.blocks = new PdfBlocks(flow, labels, report.links());
    }

    List<Section> writeAll() {
        summary();
        coreCategory();
        paradigm();
        consequences();
        propositions();
        gaps();
        network();
        saturation();
        codebook();
        new PdfMethods(flow, report, labels, label -> section(label, 120)).write();
        return sections;
    }

    /** A numbered level-1 heading kept with {@code keepWith} points of what follows. */
    private void section(ReportLabel label, float keepWith) {
        String title = (sections.size() + 1) + ". " + labels.get(label);
        flow.heading1(title, keepWith);
        sections.add(new Section(title, flow.pageNumber(), flow.page()));
    }

    private void section(ReportLabel label) {
        section(label, 4 * PdfFlow.BODY * PdfFlow.LEADING);
    }

    private void body(String text) {
        flow.paragraph(text, Style.REGULAR, PdfFlow.BODY, ReportPalette.INK, 0);
        flow.space(6);
    }

    private void summary() {
        section(EXECUTIVE_SUMMARY);
        report.executiveSummary().forEach(this::body);
        if (report.degraded()) {
            blocks.notice(labels.get(DEGRADED_NOTICE));
        }
    }

    private void coreCategory() {
        section(CORE_CATEGORY);
        flow.paragraph(report.coreCategory().name(), Style.BOLD, 16f, ReportPalette.ACCENT, 0);
        flow.space(8);
        flow.heading2(labels.get(DEFINITION), ReportPalette.PRIMARY);
        body(report.coreCategory().definition());
        flow.heading2(labels.get(WHY_CORE), ReportPalette.PRIMARY);
        body(report.coreCategory().rationale());
        coreChoice();
    }

    /** How the core was chosen: the scored candidates, then the storyline; nothing when neither exists. */
    private void coreChoice() {
        CoreCategory core = report.coreCategory();
        if (!core.hasChoice()) {
            return;
        }
        if (!core.candidates().isEmpty()) {
            List<String> header = CoreChoice.header(labels);
            List<Column> columns = new ArrayList<>();
            columns.add(Column.text(header.get(0), 2.3f));
            for (int i = 1; i <= CoreChoice.CRITERIA.size() + 1; i++) {
                columns.add(Column.number(header.get(i), 0.95f));
            }
            columns.add(Column.text(header.get(header.size() - 1), 4.2f));
            PdfTable table = new PdfTable(flow, columns);
            core.candidates().forEach(c -> table.row(CoreChoice.row(c, labels).toArray(String[]::new)));
            flow.heading2(
                    labels.get(CORE_CHOICE),
                    ReportPalette.PRIMARY,
                    2 * PdfFlow.BODY * PdfFlow.LEADING + table.leadHeight());
            blocks.muted(labels.get(CORE_CHOICE_INTRO));
            table.draw();
        } else {
            flow.heading2(labels.get(CORE_CHOICE), ReportPalette.PRIMARY);
        }
        if (!core.storyline().isBlank()) {
            flow.paragraph(labels.get(STORYLINE), Style.BOLD, PdfFlow.BODY, ReportPalette.PRIMARY, 0);
            flow.space(2);
            body(core.storyline());
        }
    }

    /** The paradigm as a vector diagram, then each component's statements with their verbatim quotes. */
    private void paradigm() {
        section(PARADIGM_MODEL, flow.width() * 0.62f);
        blocks.paradigm(report);
        for (ParadigmComponent component : ParadigmComponent.values()) {
            List<ParadigmItem> items = report.paradigm().items(component);
            float lead = items.isEmpty()
                    ? PdfFlow.BODY * PdfFlow.LEADING
                    : blocks.leadHeight(
                            labels.statement(report.paradigm(), component, 0),
                            items.get(0).evidence());
            flow.heading2(labels.component(component), ReportPalette.componentStroke(component), lead);
            if (items.isEmpty()) {
                blocks.muted(labels.get(NO_ITEMS));
            }
            for (int i = 0; i < items.size(); i++) {
                blocks.statement(
                        labels.statement(report.paradigm(), component, i),
                        items.get(i).evidence());
                blocks.quotes(items.get(i).evidence());
                blocks.negativeCases(items.get(i).exceptions());
            }
        }
    }

    private void consequences() {
        section(CONSEQUENCES);
        if (report.paradigm().consequences().isEmpty()) {
            blocks.muted(labels.get(NO_ITEMS));
            return;
        }
        new PdfTable(flow, ReportTable.consequences(report, labels)).draw();
    }

    private void propositions() {
        section(PROPOSITIONS);
        for (Proposition p : report.propositions()) {
            blocks.statement(p.id() + ". " + p.text(), p.evidence());
            blocks.quotes(p.evidence());
            blocks.negativeCases(p.exceptions());
        }
    }

    private void gaps() {
        section(GAPS_AND_SAMPLING);
        if (report.gaps().isEmpty()) {
            blocks.noRows(labels.get(GAPS), labels.get(NO_GAPS));
        } else {
            new PdfTable(flow, ReportTable.gaps(report, labels)).draw(labels.get(GAPS), ReportPalette.PRIMARY);
        }
        if (report.samplingPlan().isEmpty()) {
            blocks.noRows(labels.get(SAMPLING_PLAN), labels.get(NO_SAMPLING));
            return;
        }
        PdfTable plan = new PdfTable(
                flow,
                Column.number(labels.get(INTERVIEW_INDEX), 0.5f),
                Column.text(labels.get(SAMPLE_NEXT), 3.5f),
                Column.text(labels.get(WHY), 4));
        List<SamplingStep> steps = report.samplingPlan();
        for (int i = 0; i < steps.size(); i++) {
            plan.row(
                    Integer.toString(i + 1), steps.get(i).target(), steps.get(i).rationale());
        }
        plan.draw(labels.get(SAMPLING_PLAN), ReportPalette.PRIMARY);
    }

    private void network() {
        section(NETWORK, flow.width() * 0.45f);
        blocks.network(report);
        new PdfTable(flow, ReportTable.centrality(report, labels)).draw(labels.get(CENTRALITY), ReportPalette.PRIMARY);
        if (report.network().coOccurrence().isEmpty()) {
            blocks.noRows(labels.get(CO_OCCURRENCE), labels.get(NO_NETWORK));
            return;
        }
        new PdfTable(flow, ReportTable.coOccurrence(report, labels))
                .draw(labels.get(CO_OCCURRENCE), ReportPalette.PRIMARY);
    }

    private void saturation() {
        section(SATURATION, SaturationChart.HEIGHT * 0.7f);
        if (report.saturation().isEmpty()) {
            blocks.muted(labels.get(NO_SATURATION));
            return;
        }
        flow.heading2(labels.get(SATURATION_CURVE), ReportPalette.PRIMARY, SaturationChart.HEIGHT * 0.7f);
        SaturationChart.draw(flow, report.saturation(), labels);
        new PdfTable(flow, ReportTable.saturation(report, labels)).draw();
    }

    private void codebook() {
        section(CODEBOOK);
        PdfTable table = new PdfTable(
                flow,
                Column.text(labels.get(CODE), 2f),
                Column.text(labels.get(DEFINITION), 3.4f),
                Column.text(labels.get(CATEGORY), 2f),
                Column.text(labels.get(ORIGIN), 1.9f),
                Column.number(labels.get(FRAGMENTS), 1.1f),
                Column.number(labels.get(INTERVIEWS), 1.1f));
        for (CodebookEntry c : report.codebook()) {
            table.row(
                    c.code(),
                    c.definition(),
                    c.category(),
                    labels.origin(c.origin()),
                    labels.integer(c.fragmentCount()),
                    labels.integer(c.interviewCount()));
        }
        table.draw();
    }

    /** "— Marta · [00:12:05] · [120–250] · Fragment 3f2a…": who, when in the recording (if known), where. */
    static String attribution(EvidenceQuote q, Labels labels) {
        String time = q.time().isEmpty() ? "" : "  ·  [" + q.time() + "]";
        return "— " + q.source() + time + "  ·  [" + q.charStart() + "–" + q.charEnd() + "]  ·  " + labels.get(FRAGMENT)
                + " " + q.shortFragmentId();
    }
}
