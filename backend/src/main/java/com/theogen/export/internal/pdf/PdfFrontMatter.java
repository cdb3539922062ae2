package com.theogen.export.internal.pdf;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.pdf.PdfSections.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Title page, table of contents (with links), outline, and the running header and footer. */
final class PdfFrontMatter {

    private final PdfFlow flow;
    private final TheoryReport report;
    private final Labels labels;

    PdfFrontMatter(PdfFlow flow, TheoryReport report, Labels labels) {
        this.flow = flow;
        this.report = report;
        this.labels = labels;
    }

    void titlePage() {
        flow.newPage();
        float pageWidth = PdfFlow.PAGE.getWidth();
        flow.rect(0, 0, pageWidth, 250, ReportPalette.PRIMARY);
        flow.moveTo(96);
        flow.paragraph(
                labels.get(REPORT_TITLE).toUpperCase(labels.locale()), Style.BOLD, 11f, ReportPalette.PRIMARY_LIGHT, 0);
        flow.space(10);
        flow.paragraph(report.projectTitle(), Style.BOLD, 24f, ReportPalette.PAPER, 0);
        flow.moveTo(290);
        if (!report.researchQuestion().isBlank()) {
            flow.paragraph(labels.get(RESEARCH_QUESTION), Style.BOLD, 10f, ReportPalette.MUTED, 0);
            flow.space(2);
            flow.paragraph(report.researchQuestion(), Style.ITALIC, 14f, ReportPalette.INK, 0);
            flow.space(24);
        }
        fact(labels.get(CORE_CATEGORY), report.coreCategory().name());
        fact(labels.get(TEMPLATE), report.template().displayName());
        if (!report.template().actors().isEmpty()) {
            fact(labels.get(KEY_ACTORS), String.join(", ", report.template().actors()));
        }
        fact(labels.get(THEORY), labels.get(VERSION) + " " + report.theoryVersion());
        fact(labels.get(GENERATED_AT), labels.dateTime(report.generatedAt()));
        fact(labels.get(GENERATED_BY), report.generatedBy());
        if (report.degraded()) {
            flow.space(10);
            new PdfBlocks(flow, labels).notice(labels.get(DEGRADED_NOTICE));
        }
    }

    private void fact(String label, String value) {
        float top = flow.y();
        flow.text(label, Style.BOLD, 10f, ReportPalette.MUTED, flow.left(), top + 10);
        flow.paragraph(value, Style.REGULAR, 11f, ReportPalette.INK, 150, flow.width() - 150);
        flow.space(7);
    }

    /** Fills the reserved contents page: one line per section with dot leaders, each a link. */
    void tableOfContents(PDDocument document, PDPage tocPage, List<Section> sections) throws IOException {
        PdfFonts fonts = flow.fonts();
        try (PDPageContentStream s = new PDPageContentStream(document, tocPage, AppendMode.APPEND, true, true)) {
            float height = PdfFlow.PAGE.getHeight();
            float y = PdfFlow.MARGIN_TOP + 24;
            write(s, fonts, labels.get(CONTENTS), Style.BOLD, 20f, ReportPalette.PRIMARY, flow.left(), height - y);
            y += 40;
            float right = flow.left() + flow.width();
            for (Section section : sections) {
                String number = Integer.toString(section.pageNumber());
                float numberWidth = (float) fonts.width(Style.REGULAR, 11.5f, number);
                String title = fonts.safe(section.title());
                float titleWidth = (float) fonts.width(Style.REGULAR, 11.5f, title);
                write(s, fonts, title, Style.REGULAR, 11.5f, ReportPalette.INK, flow.left(), height - y);
                String dots = leaders(fonts, right - numberWidth - 8 - (flow.left() + titleWidth + 8));
                write(
                        s,
                        fonts,
                        dots,
                        Style.REGULAR,
                        11.5f,
                        ReportPalette.RULE,
                        flow.left() + titleWidth + 6,
                        height - y);
                write(s, fonts, number, Style.REGULAR, 11.5f, ReportPalette.INK, right - numberWidth, height - y);
                link(tocPage, section.page(), new PDRectangle(flow.left(), height - y - 4, flow.width(), 17));
                y += 24;
            }
        }
    }

    private static String leaders(PdfFonts fonts, float width) {
        float dot = (float) fonts.width(Style.REGULAR, 11.5f, " .");
        return " .".repeat(Math.max(0, (int) (width / dot)));
    }

    private static void link(PDPage from, PDPage to, PDRectangle area) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(to);
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination);
        link.setAction(action);
        from.getAnnotations().add(link);
    }

    static void outline(PDDocument document, List<Section> sections) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Section section : sections) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(section.title());
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(section.page());
            item.setDestination(destination);
            outline.addLast(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Header (project, theory version) and footer (report title, "Page n of N") on every page but the first. */
    void headersAndFooters(PDDocument document) throws IOException {
        PdfFonts fonts = flow.fonts();
        int pages = document.getNumberOfPages();
        float height = PdfFlow.PAGE.getHeight();
        float left = flow.left();
        float right = left + flow.width();
        String version = labels.get(THEORY) + " v" + report.theoryVersion();
        float versionWidth = (float) fonts.width(Style.REGULAR, 8.5f, version);
        String project = fit(fonts, report.projectTitle(), flow.width() - versionWidth - 24);
        for (int i = 1; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                write(s, fonts, project, Style.REGULAR, 8.5f, ReportPalette.MUTED, left, height - 40);
                write(s, fonts, version, Style.REGULAR, 8.5f, ReportPalette.MUTED, right - versionWidth, height - 40);
                rule(s, left, right, height - 46);
                rule(s, left, right, 46);
                write(s, fonts, labels.get(REPORT_TITLE), Style.REGULAR, 8.5f, ReportPalette.MUTED, left, 32);
                String number = labels.pageOf(i + 1, pages);
                float w = (float) fonts.width(Style.REGULAR, 8.5f, number);
                write(s, fonts, number, Style.REGULAR, 8.5f, ReportPalette.MUTED, right - w, 32);
            }
        }
    }

    private static String fit(PdfFonts fonts, String text, float width) {
        String safe = fonts.safe(text);
        if (fonts.width(Style.REGULAR, 8.5f, safe) <= width) {
            return safe;
        }
        while (!safe.isEmpty() && fonts.width(Style.REGULAR, 8.5f, safe + "…") > width) {
            safe = safe.substring(0, safe.length() - 1);
        }
        return safe.stripTrailing() + "…";
    }

    private static void rule(PDPageContentStream s, float left, float right, float y) throws IOException {
        s.setStrokingColor(ReportPalette.RULE);
        s.setLineWidth(0.5f);
        s.moveTo(left, y);
        s.lineTo(right, y);
        s.stroke();
    }

    private static void write(
            PDPageContentStream s,
            PdfFonts fonts,
            String text,
            Style style,
            float size,
            java.awt.Color color,
            float x,
            float y) {
        try {
            s.beginText();
            s.setFont(fonts.get(style), size);
            s.setNonStrokingColor(color);
            s.newLineAtOffset(x, y);
            s.showText(fonts.safe(text));
            s.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
