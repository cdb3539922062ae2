package com.theogen.export.internal.pdf;

import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.TranscriptSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Interview transcripts as one PDF with the report's fonts and layout engine: a section per interview starting
 * on a new page (with a bookmark), optional metadata, then each fragment as a speaker line (with its times) over
 * the indented text and, when asked, its codes. Every page carries the project and "Page n of m".
 */
public final class TranscriptPdfWriter {

    private static final float INDENT = 14;
    private static final float FOOTER_SIZE = 8.5f;

    private TranscriptPdfWriter() {}

    public static byte[] write(TranscriptSet set) throws IOException {
        Labels labels = Labels.of(set.language());
        try (PDDocument document = new PDDocument()) {
            PdfFlow flow = new PdfFlow(document, new PdfFonts(document));
            PDDocumentOutline outline = new PDDocumentOutline();
            flow.newPage();
            flow.paragraph(labels.get(ReportLabel.TRANSCRIPTS), Style.BOLD, 20f, ReportPalette.PRIMARY, 0);
            flow.paragraph(set.projectTitle(), Style.REGULAR, 13f, ReportPalette.INK, 0);
            flow.space(6);
            if (set.metadata()) {
                field(flow, labels.get(ReportLabel.EXPORTED_AT), labels.dateTime(set.exportedAt()));
                field(
                        flow,
                        labels.get(ReportLabel.INTERVIEWS),
                        labels.integer(set.interviews().size()));
            }
            if (set.interviews().isEmpty()) {
                flow.space(8);
                flow.paragraph(
                        labels.get(ReportLabel.NO_INTERVIEWS), Style.ITALIC, PdfFlow.BODY, ReportPalette.MUTED, 0);
            }
            boolean first = true;
            for (TranscriptSet.Interview interview : set.interviews()) {
                if (first) {
                    flow.space(18);
                } else {
                    flow.newPage();
                }
                first = false;
                bookmark(outline, flow.page(), interview.summary().participant());
                interview(flow, interview, set, labels);
            }
            flow.close();
            if (outline.hasChildren()) {
                document.getDocumentCatalog().setDocumentOutline(outline);
            }
            footers(document, flow.fonts(), set.projectTitle(), labels);
            describe(document, set, labels);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void interview(PdfFlow flow, TranscriptSet.Interview interview, TranscriptSet set, Labels labels) {
        String title =
                labels.get(ReportLabel.INTERVIEW) + ": " + interview.summary().participant();
        flow.paragraph(title, Style.BOLD, 16f, ReportPalette.PRIMARY, 0);
        flow.line(flow.left(), flow.y() + 1, flow.left() + flow.width(), flow.y() + 1, ReportPalette.PRIMARY, 1f);
        flow.space(10);
        if (set.metadata()) {
            for (String[] row : TranscriptSet.metadataRows(interview.summary(), labels)) {
                field(flow, row[0], row[1]);
            }
            flow.space(8);
        }
        if (interview.lines().isEmpty()) {
            flow.paragraph(labels.get(ReportLabel.NO_FRAGMENTS), Style.ITALIC, PdfFlow.BODY, ReportPalette.MUTED, 0);
        }
        for (TranscriptSet.Line line : interview.lines()) {
            fragment(flow, line, set, labels);
        }
    }

    private static void fragment(PdfFlow flow, TranscriptSet.Line line, TranscriptSet set, Labels labels) {
        String clock = set.timestamps() ? TranscriptSet.clock(line.fragment()) : "";
        String speaker = line.fragment().speaker();
        String head = ((clock.isEmpty() ? "" : clock + "  ") + (speaker == null ? "" : speaker)).strip();
        flow.ensure(PdfFlow.BODY * PdfFlow.LEADING * 3);
        if (!head.isEmpty()) {
            flow.paragraph(head, Style.BOLD, 9.5f, ReportPalette.MUTED, 0);
        }
        flow.paragraph(line.fragment().text(), Style.REGULAR, PdfFlow.BODY, ReportPalette.INK, INDENT);
        if (set.codes() && !line.codes().isEmpty()) {
            String codes = labels.get(ReportLabel.CODES) + ": " + String.join(" · ", line.codes());
            flow.paragraph(codes, Style.ITALIC, 9f, ReportPalette.ACCENT, INDENT);
        }
        flow.space(7);
    }

    private static void field(PdfFlow flow, String label, String value) {
        flow.paragraph(label + ": " + value, Style.REGULAR, 9.5f, ReportPalette.MUTED, 0);
    }

    private static void bookmark(PDDocumentOutline outline, PDPage page, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        outline.addLast(item);
    }

    private static void footers(PDDocument document, PdfFonts fonts, String project, Labels labels) throws IOException {
        int pages = document.getNumberOfPages();
        float left = PdfFlow.MARGIN_X;
        float right = PdfFlow.PAGE.getWidth() - PdfFlow.MARGIN_X;
        String safeProject = fonts.safe(project);
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream s =
                    new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                String number = labels.pageOf(i + 1, pages);
                float w = (float) fonts.width(Style.REGULAR, FOOTER_SIZE, number);
                float room = right - left - w - 24;
                String title = safeProject;
                while (!title.isEmpty() && fonts.width(Style.REGULAR, FOOTER_SIZE, title) > room) {
                    title = title.substring(0, title.length() - 1);
                }
                write(s, fonts, title, left, 32);
                write(s, fonts, number, right - w, 32);
            }
        }
    }

    private static void write(PDPageContentStream s, PdfFonts fonts, String text, float x, float y) throws IOException {
        s.beginText();
        s.setFont(fonts.get(Style.REGULAR), FOOTER_SIZE);
        s.setNonStrokingColor(ReportPalette.MUTED);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static void describe(PDDocument document, TranscriptSet set, Labels labels) {
        PdfInfo.describe(
                document,
                set.projectTitle() + " — " + labels.get(ReportLabel.TRANSCRIPTS),
                set.exportedAt(),
                set.language());
    }
}
