package com.theogen.export.internal.docx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CodebookEntry;
import com.theogen.export.CodebookReport;
import com.theogen.export.internal.CoderCounts;
import com.theogen.export.internal.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The codebook as a Word document in the report's styles: each category a heading 1 with its definition, each
 * code a heading 2 with its definition, counts by coder and its anchor quote (linked to the transcript).
 */
public final class CodebookDocxWriter {

    private CodebookDocxWriter() {}

    public static byte[] write(CodebookReport report) throws IOException {
        Labels labels = Labels.of(report.language());
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.apply(doc);
            DocxWriter w = new DocxWriter(doc, labels, report.links());
            w.paragraph(DocxStyles.TITLE, report.projectTitle());
            w.paragraph(DocxStyles.SUBTITLE, labels.get(CODEBOOK) + " · " + labels.dateTime(report.exportedAt()));
            if (report.groups().isEmpty()) {
                w.muted(labels.get(NO_CODES));
            }
            for (CodebookReport.Group group : report.groups()) {
                w.heading1(group.category().isBlank() ? labels.get(UNGROUPED) : group.category());
                if (!group.definition().isBlank()) {
                    w.body(group.definition());
                }
                for (CodebookEntry code : group.codes()) {
                    w.heading2(code.code());
                    if (!code.definition().isBlank()) {
                        w.body(code.definition());
                    }
                    w.fact(labels.get(ORIGIN), labels.origin(code.origin()));
                    w.fact(
                            labels.get(FRAGMENTS) + " / " + labels.get(INTERVIEWS),
                            labels.integer(code.fragmentCount()) + " / " + labels.integer(code.interviewCount()));
                    if (!code.counts().isEmpty()) {
                        w.fact(labels.get(APPLICATIONS_BY_CODER), CoderCounts.describe(code, labels));
                    }
                    if (code.anchor() == null) {
                        w.muted(labels.get(NO_ANCHOR));
                    } else {
                        w.quote(code.anchor());
                    }
                }
            }
            doc.getProperties().getCoreProperties().setTitle(report.projectTitle() + " — " + labels.get(CODEBOOK));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
