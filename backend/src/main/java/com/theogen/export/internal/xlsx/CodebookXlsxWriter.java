package com.theogen.export.internal.xlsx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CodebookEntry;
import com.theogen.export.CodebookReport;
import com.theogen.export.EvidenceQuote;
import com.theogen.export.internal.CoderCounts;
import com.theogen.export.internal.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The codebook as one filterable, printable sheet: a row per code under its category, with its anchor quote. */
public final class CodebookXlsxWriter {

    private CodebookXlsxWriter() {}

    public static byte[] write(CodebookReport report) throws IOException {
        Labels labels = Labels.of(report.language());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SheetTable t = SheetTable.labelled(
                    workbook,
                    styles,
                    labels,
                    CODEBOOK,
                    CATEGORY,
                    CODE,
                    DEFINITION,
                    ORIGIN,
                    FRAGMENTS,
                    INTERVIEWS,
                    APPLICATIONS,
                    APPLICATIONS_BY_CODER,
                    ANCHOR_QUOTE,
                    INTERVIEW,
                    TIME);
            for (CodebookReport.Group group : report.groups()) {
                String category = group.category().isBlank() ? labels.get(UNGROUPED) : group.category();
                for (CodebookEntry code : group.codes()) {
                    EvidenceQuote anchor = code.anchor();
                    t.row()
                            .text(category)
                            .text(code.code())
                            .text(code.definition())
                            .text(labels.origin(code.origin()))
                            .integer(code.fragmentCount())
                            .integer(code.interviewCount())
                            .integer(code.applications())
                            .text(CoderCounts.describe(code, labels));
                    if (anchor == null) {
                        t.text("").text("").text("");
                    } else {
                        t.link(anchor.text(), report.links().quote(anchor))
                                .text(anchor.source())
                                .text(anchor.time());
                    }
                }
            }
            t.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
