package com.theogen.export.internal.xlsx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CentralityRow;
import com.theogen.export.CoOccurrence;
import com.theogen.export.CodebookEntry;
import com.theogen.export.Consequence;
import com.theogen.export.CoreCandidate;
import com.theogen.export.EvidenceQuote;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.Gap;
import com.theogen.export.NegativeCase;
import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmItem;
import com.theogen.export.Proposition;
import com.theogen.export.SamplingStep;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.CoderCounts;
import com.theogen.export.internal.CoreChoice;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The Excel workbook, written with POI's streaming SXSSF so a large project never holds every row in
 * memory: one sheet per table of the report, with sheet names and headers in the report language.
 */
@Component
public class XlsxExportRenderer implements ExportRenderer {

    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    /**
     * The saturation sheet (with its chart) and the co-occurrence matrix are written with the full API into a
     * template workbook first; every other sheet then streams through SXSSF over that template.
     */
    @Override
    public void render(TheoryReport report, OutputStream out) throws IOException {
        Labels labels = Labels.of(report.language());
        try (XSSFWorkbook template = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(template);
            String saturation =
                    ChartSheets.saturation(template, styles, report, labels).getSheetName();
            String matrix = ChartSheets.matrix(template, styles, report, labels).getSheetName();
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY)) {
                workbook.setCompressTempFiles(true);
                new Writer(workbook, report, styles).writeAll();
                List<String> order = new ArrayList<>();
                workbook.forEach(sheet -> order.add(sheet.getSheetName()));
                order.removeAll(List.of(saturation, matrix));
                order.add(order.indexOf(labels.get(CO_OCCURRENCE)) + 1, matrix);
                order.add(order.indexOf(labels.get(CODEBOOK)) + 1, saturation);
                for (int i = 0; i < order.size(); i++) {
                    workbook.setSheetOrder(order.get(i), i);
                }
                workbook.setActiveSheet(0);
                workbook.setSelectedTab(0);
                workbook.write(out);
            }
        }
    }

    private static final class Writer {
        private final SXSSFWorkbook workbook;
        private final TheoryReport report;
        private final Labels labels;
        private final WorkbookStyles styles;

        Writer(SXSSFWorkbook workbook, TheoryReport report, WorkbookStyles styles) {
            this.workbook = workbook;
            this.report = report;
            this.labels = Labels.of(report.language());
            this.styles = styles;
        }

        void writeAll() {
            summary();
            candidates();
            paradigm();
            propositions();
            evidence();
            negativeCases();
            centrality();
            coOccurrence();
            gaps();
            sampling();
            codebook();
            new ManifestSheet(sheet(MANIFEST, ManifestSheet.headers(labels)), report, labels);
        }

        private SheetTable table(ReportLabel sheet, ReportLabel... headers) {
            return SheetTable.labelled(workbook, styles, labels, sheet, headers);
        }

        /** A sheet with a row per quote: the columns of what it backs, then the quote's own (see {@link #quote}). */
        private SheetTable quoteTable(ReportLabel sheet, ReportLabel... claimColumns) {
            List<ReportLabel> headers = new ArrayList<>(List.of(claimColumns));
            headers.addAll(List.of(FRAGMENT, INTERVIEW, SPEAKER, QUOTE, CHAR_START, CHAR_END, TIME));
            return table(sheet, headers.toArray(ReportLabel[]::new));
        }

        private SheetTable sheet(ReportLabel sheet, String[] headers) {
            return new SheetTable(workbook.createSheet(labels.get(sheet)), styles, headers);
        }

        private void summary() {
            SheetTable t = table(SUMMARY, FIELD, VALUE);
            t.row().text(labels.get(REPORT_TITLE)).text(report.projectTitle());
            t.row().text(labels.get(RESEARCH_QUESTION)).text(report.researchQuestion());
            t.row().text(labels.get(TEMPLATE)).text(report.template().displayName());
            t.row()
                    .text(labels.get(KEY_ACTORS))
                    .text(String.join(", ", report.template().actors()));
            t.row().text(labels.get(VERSION)).integer(report.theoryVersion());
            t.row().text(labels.get(GENERATED_AT)).date(report.generatedAt());
            t.row().text(labels.get(GENERATED_BY)).text(report.generatedBy());
            if (report.degraded()) {
                t.row().text(labels.get(METHOD)).text(labels.get(DEGRADED_NOTICE));
            }
            t.row().text(labels.get(CORE_CATEGORY)).text(report.coreCategory().name());
            t.row().text(labels.get(DEFINITION)).text(report.coreCategory().definition());
            t.row().text(labels.get(WHY_CORE)).text(report.coreCategory().rationale());
            if (!report.coreCategory().storyline().isBlank()) {
                t.row().text(labels.get(STORYLINE)).text(report.coreCategory().storyline());
            }
            for (String paragraph : report.executiveSummary()) {
                t.row().text(labels.get(EXECUTIVE_SUMMARY)).text(paragraph);
            }
            t.row().text(labels.get(PROPOSITIONS)).integer(report.propositions().size());
            t.row()
                    .text(labels.get(QUOTES_CHECKED))
                    .integer(report.verification().quotesChecked());
            t.row().text(labels.get(VERIFIED)).integer(report.verification().verified());
            t.row().text(labels.get(DROPPED)).integer(report.verification().dropped());
            t.row().text(labels.get(UNKNOWN_IDS)).integer(report.verification().unknownEvidenceIds());
            t.finish();
        }

        private void paradigm() {
            SheetTable t = table(PARADIGM, COMPONENT, ID, STATEMENT, TYPE, HORIZON, QUOTES);
            for (ParadigmComponent component : ParadigmComponent.values()) {
                List<ParadigmItem> items = report.paradigm().items(component);
                for (int i = 0; i < items.size(); i++) {
                    t.row()
                            .text(labels.component(component))
                            .integer(i + 1)
                            .text(items.get(i).statement());
                    if (component == ParadigmComponent.CONSEQUENCES) {
                        Consequence c = report.paradigm().consequences().get(i);
                        t.text(labels.type(c.type())).text(labels.horizon(c.horizon()));
                    } else {
                        t.blank().blank();
                    }
                    t.integer(items.get(i).evidence().size());
                }
            }
            t.finish();
        }

        private void propositions() {
            SheetTable t = table(PROPOSITIONS, ID, PROPOSITION, QUOTES);
            for (Proposition p : report.propositions()) {
                t.row().text(p.id()).text(p.text()).integer(p.evidence().size());
            }
            t.finish();
        }

        private void evidence() {
            SheetTable t = quoteTable(EVIDENCE, COMPONENT, ID, STATEMENT);
            for (Claim c : claims()) {
                for (EvidenceQuote q : c.evidence()) {
                    quote(t.row().text(c.kind()).text(c.id()).text(c.statement()), q, report);
                }
            }
            t.finish();
        }

        /** The scored core candidates, when the analysis scored any (docs/adr/039); no sheet otherwise. */
        private void candidates() {
            List<CoreCandidate> candidates = report.coreCategory().candidates();
            if (candidates.isEmpty()) {
                return;
            }
            SheetTable t = sheet(CORE_CANDIDATES, CoreChoice.header(labels).toArray(String[]::new));
            for (CoreCandidate c : candidates) {
                t.row().text(CoreChoice.name(c, labels));
                for (int score : c.scores()) {
                    t.integer(score);
                }
                t.integer(c.total()).text(c.reasoning());
            }
            t.finish();
        }

        /** Every claim's negative cases with the fragment each cites; no sheet when no claim has one. */
        private void negativeCases() {
            List<Claim> claims = claims();
            boolean any = claims.stream().anyMatch(c -> !c.exceptions().isEmpty());
            if (!any) {
                return;
            }
            SheetTable t = quoteTable(NEGATIVE_CASES, COMPONENT, ID, CLAIM, NEGATIVE_CASE);
            for (Claim c : claims) {
                for (NegativeCase n : c.exceptions()) {
                    negativeCase(c.kind(), c.id(), c.statement(), n, t);
                }
            }
            t.finish();
        }

        /**
         * Every claim of the report with its evidence and negative cases: the paradigm's items, numbered within their
         * component, then the propositions.
         */
        private List<Claim> claims() {
            List<Claim> claims = new ArrayList<>();
            for (ParadigmComponent component : ParadigmComponent.values()) {
                List<ParadigmItem> items = report.paradigm().items(component);
                for (int i = 0; i < items.size(); i++) {
                    ParadigmItem item = items.get(i);
                    claims.add(new Claim(
                            labels.component(component),
                            String.valueOf(i + 1),
                            item.statement(),
                            item.evidence(),
                            item.exceptions()));
                }
            }
            for (Proposition p : report.propositions()) {
                claims.add(new Claim(labels.get(PROPOSITION), p.id(), p.text(), p.evidence(), p.exceptions()));
            }
            return claims;
        }

        /** A claim as the evidence and negative-case sheets list it. */
        private record Claim(
                String kind,
                String id,
                String statement,
                List<EvidenceQuote> evidence,
                List<NegativeCase> exceptions) {}

        private void negativeCase(String component, String id, String claim, NegativeCase n, SheetTable t) {
            t.row().text(component).text(id).text(claim).text(n.statement());
            if (n.hasFragment()) {
                quote(t, n.fragment(), report);
            } else {
                t.blank().blank().blank().text(labels.get(NO_FRAGMENT_CITED));
            }
        }

        /** The quote's cells; its fragment id opens the quote in the dashboard's transcript. */
        private static void quote(SheetTable t, EvidenceQuote q, TheoryReport report) {
            t.link(q.fragmentId(), report.links().quote(q))
                    .text(q.interviewLabel())
                    .text(q.speaker())
                    .text(q.text())
                    .integer(q.charStart())
                    .integer(q.charEnd())
                    .text(q.time());
        }

        private void centrality() {
            SheetTable t = table(CENTRALITY, CATEGORY, CODES, FRAGMENTS, INTERVIEWS, DEGREE, WEIGHTED_DEGREE, PAGERANK);
            for (CentralityRow r : report.network().centrality()) {
                t.row()
                        .text(r.category())
                        .integer(r.codeCount())
                        .integer(r.fragmentCount())
                        .integer(r.interviewCoverage())
                        .integer(r.degree())
                        .decimal(r.weightedDegree())
                        .decimal(r.pagerank());
            }
            t.finish();
        }

        private void coOccurrence() {
            SheetTable t = table(CO_OCCURRENCE, CATEGORY_A, CATEGORY_B, SHARED_FRAGMENTS);
            for (CoOccurrence c : report.network().coOccurrence()) {
                t.row().text(c.categoryA()).text(c.categoryB()).integer(c.sharedFragments());
            }
            t.finish();
        }

        private void gaps() {
            SheetTable t = table(GAPS, CATEGORY, DESCRIPTION, SEVERITY);
            for (Gap gap : report.gaps()) {
                t.row().text(gap.category()).text(gap.description()).text(labels.severity(gap.severity()));
            }
            t.finish();
        }

        private void sampling() {
            SheetTable t = table(SAMPLING_PLAN, ID, SAMPLE_NEXT, WHY);
            List<SamplingStep> plan = report.samplingPlan();
            for (int i = 0; i < plan.size(); i++) {
                t.row()
                        .integer(i + 1)
                        .text(plan.get(i).target())
                        .text(plan.get(i).rationale());
            }
            t.finish();
        }

        private void codebook() {
            SheetTable t = table(
                    CODEBOOK,
                    CODE,
                    DEFINITION,
                    CATEGORY,
                    ORIGIN,
                    FRAGMENTS,
                    INTERVIEWS,
                    APPLICATIONS_BY_CODER,
                    ANCHOR_QUOTE);
            for (CodebookEntry c : report.codebook()) {
                t.row()
                        .text(c.code())
                        .text(c.definition())
                        .text(c.category())
                        .text(labels.origin(c.origin()))
                        .integer(c.fragmentCount())
                        .integer(c.interviewCount())
                        .text(CoderCounts.describe(c, labels))
                        .text(c.anchor() == null ? "" : c.anchor().text());
            }
            t.finish();
        }
    }
}
