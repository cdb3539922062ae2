package com.theogen.export.internal.docx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * The Word report (POI XWPF): the PDF's content in real Word styles — Title, heading 1–2, Quote, caption, a
 * table-of-contents field, numbered figure and table captions, the paradigm and network figures, a native
 * saturation chart — so a researcher can edit it into a thesis chapter and apply their own template.
 */
@Component
public class DocxExportRenderer implements ExportRenderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void render(TheoryReport report, OutputStream out) throws IOException {
        Labels labels = Labels.of(report.language());
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.apply(doc);
            DocxWriter w = new DocxWriter(doc, labels, report.links());
            DocxSections sections = new DocxSections(w, report, labels);
            w.paragraph(DocxStyles.TITLE, report.projectTitle());
            w.paragraph(DocxStyles.SUBTITLE, labels.get(REPORT_TITLE));
            if (!report.researchQuestion().isBlank()) {
                w.fact(labels.get(RESEARCH_QUESTION), report.researchQuestion());
            }
            w.fact(labels.get(CORE_CATEGORY), report.coreCategory().name());
            w.fact(labels.get(TEMPLATE), report.template().displayName());
            w.fact(labels.get(THEORY), labels.get(VERSION) + " " + report.theoryVersion());
            w.fact(labels.get(GENERATED_AT), labels.dateTime(report.generatedAt()));
            w.fact(labels.get(GENERATED_BY), report.generatedBy());
            w.tableOfContents(sections.titles());
            w.pageBreak();
            sections.writeAll();
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(labels.documentTitle(report));
            core.setSubjectProperty(report.coreCategory().name());
            core.setCreator("TheoGen");
            doc.write(out);
        }
    }
}
