package com.theogen.export.internal.pdf;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.RunManifest;
import com.theogen.export.TheoryReport;
import com.theogen.export.VerificationCounts;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.pdf.PdfTable.Column;
import java.util.function.Consumer;

/** The methods appendix: models, template, prompts, evidence verification, budget trims, hashes, timings. */
final class PdfMethods {

    private final PdfFlow flow;
    private final TheoryReport report;
    private final Labels labels;
    private final Consumer<ReportLabel> section;
    private final PdfBlocks blocks;

    PdfMethods(PdfFlow flow, TheoryReport report, Labels labels, Consumer<ReportLabel> section) {
        this.flow = flow;
        this.report = report;
        this.labels = labels;
        this.section = section;
        this.blocks = new PdfBlocks(flow, labels);
    }

    void write() {
        RunManifest m = report.manifest();
        section.accept(METHODS_APPENDIX);
        PdfTable run = new PdfTable(flow, Column.text(labels.get(FIELD), 2), Column.text(labels.get(VALUE), 5));
        run.row(labels.get(GENERATED_BY), report.generatedBy());
        run.row(labels.get(GENERATED_AT), labels.dateTime(report.generatedAt()));
        run.row(labels.get(MODELS), String.join("\n", m.models()));
        run.row(labels.get(TEMPLATE), report.template().displayName() + " (" + m.templateKey() + ")");
        run.row(labels.get(VERSION), Integer.toString(report.theoryVersion()));
        run.draw(labels.get(MODELS), ReportPalette.PRIMARY);
        if (report.degraded()) {
            blocks.notice(labels.get(DEGRADED_NOTICE));
        }

        VerificationCounts v = report.verification();
        PdfTable counts = new PdfTable(flow, Column.text(labels.get(FIELD), 5), Column.number(labels.get(VALUE), 2));
        counts.row(labels.get(QUOTES_CHECKED), labels.integer(v.quotesChecked()));
        counts.row(labels.get(VERIFIED), labels.integer(v.verified()));
        counts.row(labels.get(DROPPED), labels.integer(v.dropped()));
        counts.row(labels.get(UNKNOWN_IDS), labels.integer(v.unknownEvidenceIds()));
        counts.draw(labels.get(VERIFICATION), ReportPalette.PRIMARY);

        if (m.promptVersions().isEmpty()) {
            noRows(PROMPT_VERSIONS, NO_PROMPTS);
        } else {
            PdfTable prompts =
                    new PdfTable(flow, Column.text(labels.get(STAGE), 3), Column.text(labels.get(PROMPT), 4));
            m.promptVersions().forEach(p -> prompts.row(p.stage(), p.prompt()));
            prompts.draw(labels.get(PROMPT_VERSIONS), ReportPalette.PRIMARY);
        }

        if (m.budgetTrims().isEmpty()) {
            noRows(BUDGET_TRIMS, NO_BUDGET_TRIMS);
        } else {
            PdfTable trims = new PdfTable(
                    flow,
                    Column.text(labels.get(STAGE), 3),
                    Column.text(labels.get(ACTION), 3),
                    Column.number(labels.get(BEFORE), 1),
                    Column.number(labels.get(AFTER), 1));
            m.budgetTrims()
                    .forEach(t ->
                            trims.row(t.stage(), t.action(), labels.integer(t.before()), labels.integer(t.after())));
            trims.draw(labels.get(BUDGET_TRIMS), ReportPalette.PRIMARY);
        }

        PdfTable timings = new PdfTable(
                flow,
                Column.text(labels.get(STAGE), 3.2f),
                Column.number(labels.get(MILLIS), 1.4f),
                Column.number(labels.get(TOKENS_IN), 1.4f),
                Column.number(labels.get(TOKENS_OUT), 1.4f));
        m.stageTimings()
                .forEach(t -> timings.row(
                        t.stage(),
                        labels.integer(t.millis()),
                        labels.integer(t.tokensIn()),
                        labels.integer(t.tokensOut())));
        timings.draw(labels.get(STAGE_TIMINGS), ReportPalette.PRIMARY);

        PdfTable hashes = new PdfTable(flow, Column.text(labels.get(INPUT), 1.5f), Column.text("SHA-256", 6));
        m.inputHashes().forEach(h -> hashes.row(h.input(), h.sha256()));
        hashes.draw(labels.get(INPUT_HASHES), ReportPalette.PRIMARY);
    }

    /** In place of a table without rows: its heading over a muted note saying so. */
    private void noRows(ReportLabel heading, ReportLabel note) {
        blocks.noRows(labels.get(heading), labels.get(note), 8);
    }
}
