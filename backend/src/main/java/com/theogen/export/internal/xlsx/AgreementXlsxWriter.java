package com.theogen.export.internal.xlsx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.coding.AgreementResult;
import com.theogen.coding.AgreementResult.AgreementCode;
import com.theogen.coding.AgreementResult.AgreementCoder;
import com.theogen.coding.AgreementResult.AgreementDisagreement;
import com.theogen.coding.AgreementResult.AgreementOverall;
import com.theogen.coding.AgreementResult.AgreementPooled;
import com.theogen.coding.AgreementResult.AgreementSpan;
import com.theogen.export.ReportLinks;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An agreement report as a workbook, one sheet per view of the dashboard page: Summary (coders, unit, overall
 * figures), Codes (the table, as sorted by the report) and Disagreements (each fragment where the coders differ,
 * with both coders' coded passages). An undefined figure is an empty cell, with the reason beside it.
 */
public final class AgreementXlsxWriter {

    private AgreementXlsxWriter() {}

    public static byte[] write(AgreementResult report, String project, Instant at, Labels labels, ReportLinks links)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            summary(SheetTable.labelled(workbook, styles, labels, SUMMARY, FIELD, VALUE), report, project, at, labels);
            codes(workbook, styles, report, labels);
            disagreements(workbook, styles, report, labels, links);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void summary(SheetTable t, AgreementResult report, String project, Instant at, Labels labels) {
        boolean character = "character".equals(report.unit());
        AgreementOverall overall = report.overall();
        AgreementPooled pooled = overall.pooled();
        t.row().text(labels.get(PROJECT)).text(project);
        t.row().text(labels.get(CODER_A)).text(coder(report.coderA()));
        t.row().text(labels.get(CODER_B)).text(coder(report.coderB()));
        t.row().text(labels.get(UNIT)).text(labels.get(character ? UNIT_CHARACTER : UNIT_FRAGMENT));
        t.row().text(labels.get(FRAGMENTS)).integer(report.fragments());
        t.row().text(labels.get(CODES)).integer(overall.codes());
        t.row().text(labels.get(CODES_WITH_VARIATION)).integer(overall.codesWithVariation());
        figure(t, labels.get(MEAN) + " " + labels.get(OBSERVED_AGREEMENT), overall.meanObserved());
        figure(t, labels.get(MEAN) + " " + labels.get(KAPPA), overall.meanKappa());
        figure(t, labels.get(MEAN) + " " + labels.get(character ? ALPHA_U : ALPHA), overall.meanAlpha());
        figure(t, labels.get(MEAN) + " " + labels.get(AC1), overall.meanAc1());
        String p = labels.get(POOLED) + " ";
        t.row().text(p + labels.get(BOTH)).integer(pooled.both());
        t.row().text(p + labels.get(ONLY_A)).integer(pooled.onlyA());
        t.row().text(p + labels.get(ONLY_B)).integer(pooled.onlyB());
        t.row().text(p + labels.get(NEITHER)).integer(pooled.neither());
        t.row().text(p + labels.get(UNITS)).integer(pooled.units());
        figure(t, p + labels.get(OBSERVED_AGREEMENT), pooled.observed());
        figure(t, p + labels.get(KAPPA), pooled.kappa());
        figure(t, p + labels.get(ALPHA), pooled.alpha());
        figure(t, p + labels.get(AC1), pooled.ac1());
        if (character) {
            figure(t, p + labels.get(ALPHA_U), overall.pooledAlphaU());
        }
        t.row().text(labels.get(EXPORTED_AT)).date(at);
        t.finish();
    }

    private static void figure(SheetTable t, String name, Double value) {
        t.row().text(name);
        if (value == null) {
            t.text("—");
        } else {
            t.decimal(value);
        }
    }

    private static String coder(AgreementCoder coder) {
        return coder.displayName() + " (" + coder.kind().code() + ")";
    }

    private static void codes(XSSFWorkbook workbook, WorkbookStyles styles, AgreementResult report, Labels labels) {
        boolean character = "character".equals(report.unit());
        List<ReportLabel> headers = new ArrayList<>(List.of(
                CODE,
                CATEGORY,
                BOTH,
                ONLY_A,
                ONLY_B,
                NEITHER,
                UNITS,
                PREVALENCE_A,
                PREVALENCE_B,
                OBSERVED_AGREEMENT,
                KAPPA,
                ALPHA,
                AC1));
        if (character) {
            headers.add(ALPHA_U);
        }
        headers.addAll(List.of(UNDEFINED_BECAUSE, DISAGREEMENTS));
        SheetTable t = SheetTable.labelled(workbook, styles, labels, CODES, headers.toArray(ReportLabel[]::new));
        for (AgreementCode code : report.codes()) {
            t.row()
                    .text(code.label())
                    .text(code.categoryName() == null ? "" : code.categoryName())
                    .integer(code.both())
                    .integer(code.onlyA())
                    .integer(code.onlyB())
                    .integer(code.neither())
                    .integer(code.units());
            for (Double value : figures(code, character)) {
                if (value == null) {
                    t.blank();
                } else {
                    t.decimal(value);
                }
            }
            t.text(code.undefinedReason() == null ? "" : code.undefinedReason()).integer(code.disagreementCount());
        }
        t.finish();
    }

    private static List<Double> figures(AgreementCode code, boolean character) {
        List<Double> values = new ArrayList<>(Arrays.asList(
                code.prevalenceA(), code.prevalenceB(), code.observed(), code.kappa(), code.alpha(), code.ac1()));
        if (character) {
            values.add(code.alphaU());
        }
        return values;
    }

    private static void disagreements(
            XSSFWorkbook workbook, WorkbookStyles styles, AgreementResult report, Labels labels, ReportLinks links) {
        SheetTable t = SheetTable.labelled(
                workbook,
                styles,
                labels,
                DISAGREEMENTS,
                CODE,
                INTERVIEW,
                SPEAKER,
                FRAGMENT,
                SPANS_A,
                SPANS_B,
                DIFFERING_CHARACTERS);
        Map<UUID, String> codeLabels = new HashMap<>();
        report.codes().forEach(c -> codeLabels.put(c.codeId(), c.label()));
        for (AgreementDisagreement d : report.disagreements()) {
            t.row()
                    .text(codeLabels.getOrDefault(d.codeId(), ""))
                    .link(d.interviewName(), links.fragment(d.interviewId(), d.fragmentId()))
                    .text(d.speaker() == null ? "" : d.speaker())
                    .text(d.text())
                    .text(passages(d.text(), d.spansA()))
                    .text(passages(d.text(), d.spansB()))
                    .integer(d.differingCharacters());
        }
        t.finish();
    }

    /** The coded passages of the fragment, one per line. */
    static String passages(String text, List<AgreementSpan> spans) {
        List<String> out = new ArrayList<>();
        for (AgreementSpan span : spans) {
            int start = Math.max(0, Math.min(span.start(), text.length()));
            int end = Math.max(start, Math.min(span.end(), text.length()));
            out.add(text.substring(start, end));
        }
        return String.join("\n", out);
    }
}
