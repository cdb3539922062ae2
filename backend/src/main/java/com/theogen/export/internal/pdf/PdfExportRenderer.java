package com.theogen.export.internal.pdf;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.pdf.PdfSections.Section;
import com.theogen.shared.KeepOpenOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.stereotype.Component;

/**
 * The PDF report (PDFBox 3): title page, contents, every section of the theory with its verbatim quotes,
 * tables that continue across pages, the saturation chart and the methods appendix. The Liberation Sans
 * family is embedded as subsets, so accents, ñ, ¿, ≥, → and typographic quotes render on any machine.
 */
@Component
public class PdfExportRenderer implements ExportRenderer {

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void render(TheoryReport report, OutputStream out) throws IOException {
        Labels labels = Labels.of(report.language());
        try (PDDocument document = new PDDocument()) {
            PdfFlow flow = new PdfFlow(document, new PdfFonts(document));
            PdfFrontMatter front = new PdfFrontMatter(flow, report, labels);
            front.titlePage();
            flow.newPage();
            PDPage contents = flow.page();
            flow.newPage();
            List<Section> sections = new PdfSections(flow, report, labels).writeAll();
            flow.close();
            front.tableOfContents(document, contents, sections);
            PdfFrontMatter.outline(document, sections);
            front.headersAndFooters(document);
            describe(document, report, labels);
            document.save(new KeepOpenOutputStream(out));
        }
    }

    private static void describe(PDDocument document, TheoryReport report, Labels labels) {
        PDDocumentInformation info =
                PdfInfo.describe(document, labels.documentTitle(report), report.generatedAt(), report.language());
        info.setSubject(report.coreCategory().name());
        info.setAuthor(report.generatedBy());
    }
}
