package com.theogen.export.internal.pdf;

import com.theogen.export.internal.LineWrapper;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportPalette;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A small top-down layout engine on PDFBox: a cursor that flows wrapped text, headings and blocks down A4
 * pages and starts a new page when the next line would not fit. Coordinates are points from the top-left
 * corner of the page; conversion to PDF's bottom-left origin happens only here.
 */
final class PdfFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 62;
    static final float MARGIN_TOP = 70;
    static final float MARGIN_BOTTOM = 64;
    static final float BODY = 10.5f;
    static final float LEADING = 1.38f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PDDocument document() {
        return document;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    float y() {
        return y;
    }

    float bottom() {
        return PAGE.getHeight() - MARGIN_BOTTOM;
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPage page() {
        return pages.get(pages.size() - 1);
    }

    int pageNumber() {
        return pages.size();
    }

    PDPageContentStream stream() {
        return stream;
    }

    void newPage() {
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = MARGIN_TOP;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (stream == null || y + height > bottom()) {
            newPage();
        }
    }

    void space(float points) {
        y += points;
    }

    void moveTo(float top) {
        y = top;
    }

    /** Flows wrapped text; returns the number of lines drawn. */
    int paragraph(String text, Style style, float size, Color color, float indent) {
        return paragraph(text, style, size, color, indent, width() - indent);
    }

    int paragraph(String text, Style style, float size, Color color, float indent, float width) {
        List<String> lines = wrap(text, style, size, width);
        float lineHeight = size * LEADING;
        for (String line : lines) {
            ensure(lineHeight);
            text(line, style, size, color, left() + indent, y + size);
            y += lineHeight;
        }
        return lines.size();
    }

    List<String> wrap(String text, Style style, float size, float width) {
        return LineWrapper.wrap(fonts.safe(text), width, s -> fonts.width(style, size, s));
    }

    /** Draws one line with its baseline at {@code baseline} (from the page top); no wrapping, no flow. */
    void text(String line, Style style, float size, Color color, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(fonts.get(style), size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, PAGE.getHeight() - baseline);
            stream.showText(fonts.safe(line));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rect(float x, float top, float w, float h, Color fill) {
        try {
            stream.setNonStrokingColor(fill);
            stream.addRect(x, PAGE.getHeight() - top - h, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float top1, float x2, float top2, Color color, float width) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, PAGE.getHeight() - top1);
            stream.lineTo(x2, PAGE.getHeight() - top2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the cursor is at the top of a fresh page (nothing drawn in the body yet). */
    boolean atTop() {
        return stream != null && y <= MARGIN_TOP + 0.5f;
    }

    /**
     * A level-1 heading with a rule under it. Sections flow one after another (a page break only where the heading,
     * room for a level-2 heading and {@code keepWith} points of what follows do not fit), so a short section does
     * not leave a near-empty page and a heading never ends one.
     */
    void heading1(String title, float keepWith) {
        float height = wrap(title, Style.BOLD, 20f, width()).size() * 20f * LEADING + 17 + heading2Height(title);
        if (stream == null || y + 26 + height + keepWith > bottom()) {
            newPage();
        } else if (!atTop()) {
            space(26);
        }
        paragraph(title, Style.BOLD, 20f, ReportPalette.PRIMARY, 0);
        line(left(), y + 1, left() + width(), y + 1, ReportPalette.PRIMARY, 1.2f);
        space(16);
    }

    /** Height a level-2 heading takes, spacing included. */
    float heading2Height(String title) {
        return wrap(title, Style.BOLD, 13.5f, width()).size() * 13.5f * LEADING + 9;
    }

    /**
     * A level-2 heading kept on one page with the first {@code keepWith} points of what follows (measured by the
     * caller: its first statement and quote, a table's header and first rows, a figure), so it never ends a page.
     */
    void heading2(String title, Color color, float keepWith) {
        ensure(heading2Height(title) + keepWith);
        space(6);
        paragraph(title, Style.BOLD, 13.5f, color, 0);
        space(3);
    }

    /** A level-2 heading kept with a few lines of body text. */
    void heading2(String title, Color color) {
        heading2(title, color, 4 * BODY * LEADING);
    }

    /** Points left on the current page above the bottom margin. */
    float remaining() {
        return stream == null ? 0 : bottom() - y;
    }

    void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
