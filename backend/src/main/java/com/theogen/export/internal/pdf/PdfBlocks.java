package com.theogen.export.internal.pdf;

import com.theogen.export.EvidenceQuote;
import com.theogen.export.NegativeCase;
import com.theogen.export.ReportLinks;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.QuoteMarks;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.png.Diagrams;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Recurring blocks of the PDF body: statements, verbatim quotes with attribution (time in the recording when the
 * source had times, and a link to the quote in the dashboard's transcript), notices, the figures.
 */
final class PdfBlocks {

    private static final float QUOTE_SIZE = 9.8f;
    private static final float QUOTE_INDENT = 22;

    private static final float ATTRIBUTION_SIZE = 8.3f;
    private static final int QUOTE_LINES_KEPT = 3;

    private final PdfFlow flow;
    private final Labels labels;
    private final ReportLinks links;

    PdfBlocks(PdfFlow flow, Labels labels) {
        this(flow, labels, ReportLinks.NONE);
    }

    PdfBlocks(PdfFlow flow, Labels labels, ReportLinks links) {
        this.flow = flow;
        this.labels = labels;
        this.links = links;
    }

    /** A statement kept on one page with the start of its first quote. */
    void statement(String text, List<EvidenceQuote> quotes) {
        flow.ensure(statementHeight(text) + quoteLead(quotes));
        flow.paragraph(text, Style.BOLD, PdfFlow.BODY, ReportPalette.INK, 0);
        flow.space(4);
    }

    void statement(String text) {
        statement(text, List.of());
    }

    /** What a heading above a statement must stay with: the statement and the start of its first quote. */
    float leadHeight(String statement, List<EvidenceQuote> quotes) {
        return statementHeight(statement) + quoteLead(quotes);
    }

    private float statementHeight(String text) {
        return flow.wrap(text, Style.BOLD, PdfFlow.BODY, flow.width()).size() * PdfFlow.BODY * PdfFlow.LEADING + 4;
    }

    /** The first lines of the first quote and its attribution, or the "no quote" line. */
    private float quoteLead(List<EvidenceQuote> quotes) {
        float line = QUOTE_SIZE * PdfFlow.LEADING;
        if (quotes.isEmpty()) {
            return line;
        }
        int lines = quoteLines(quotes.get(0)).size();
        return Math.min(lines, QUOTE_LINES_KEPT) * line
                + (lines <= QUOTE_LINES_KEPT ? ATTRIBUTION_SIZE * PdfFlow.LEADING * 2 : 0);
    }

    private List<String> quoteLines(EvidenceQuote quote) {
        return flow.wrap(
                QuoteMarks.wrap(quote.text(), labels.language()),
                Style.ITALIC,
                QUOTE_SIZE,
                flow.width() - QUOTE_INDENT - 6);
    }

    void muted(String text) {
        muted(text, 6);
    }

    private void muted(String text, float spaceAfter) {
        flow.paragraph(text, Style.ITALIC, PdfFlow.BODY, ReportPalette.MUTED, 0);
        flow.space(spaceAfter);
    }

    /** In place of a table without rows: its heading over a muted note saying so. */
    void noRows(String heading, String note) {
        noRows(heading, note, 6);
    }

    /** {@link #noRows(String, String)} with {@code spaceAfter} points under the note. */
    void noRows(String heading, String note, float spaceAfter) {
        flow.heading2(heading, ReportPalette.PRIMARY);
        muted(note, spaceAfter);
    }

    void quotes(List<EvidenceQuote> quotes) {
        if (quotes.isEmpty()) {
            flow.paragraph(
                    labels.get(ReportLabel.NO_EVIDENCE), Style.ITALIC, QUOTE_SIZE, ReportPalette.MUTED, QUOTE_INDENT);
        }
        quotes.forEach(this::quote);
        flow.space(8);
    }

    /**
     * A quote set in italics beside a coloured bar, then who said it, when (in the recording) and where it is in
     * the transcript; the attribution links to the quote in the dashboard when the report has a base address.
     */
    void quote(EvidenceQuote quote) {
        quote(quote, ReportPalette.QUOTE_BAR);
    }

    /**
     * A claim's negative cases under its quotes: each statement, then the fragment that shows it as a quote set
     * beside an accent bar; nothing at all when the claim has none.
     */
    void negativeCases(List<NegativeCase> cases) {
        if (cases.isEmpty()) {
            return;
        }
        float line = QUOTE_SIZE * PdfFlow.LEADING;
        flow.ensure(line * 3);
        flow.paragraph(
                labels.get(ReportLabel.NEGATIVE_CASES),
                Style.BOLD,
                QUOTE_SIZE,
                ReportPalette.ACCENT,
                QUOTE_INDENT - 10);
        flow.space(2);
        for (NegativeCase n : cases) {
            flow.ensure(line * 2);
            flow.paragraph(n.statement(), Style.REGULAR, QUOTE_SIZE, ReportPalette.INK, QUOTE_INDENT);
            flow.space(2);
            if (n.hasFragment()) {
                quote(n.fragment(), ReportPalette.ACCENT);
            } else {
                flow.paragraph(
                        labels.get(ReportLabel.NO_FRAGMENT_CITED),
                        Style.ITALIC,
                        ATTRIBUTION_SIZE,
                        ReportPalette.MUTED,
                        QUOTE_INDENT);
                flow.space(5);
            }
        }
        flow.space(6);
    }

    private void quote(EvidenceQuote quote, java.awt.Color bar) {
        List<String> lines = quoteLines(quote);
        float lineHeight = QUOTE_SIZE * PdfFlow.LEADING;
        flow.ensure(Math.min(lines.size() + 1, 4) * lineHeight);
        for (String line : lines) {
            flow.ensure(lineHeight);
            flow.rect(flow.left() + QUOTE_INDENT - 10, flow.y(), 2.4f, lineHeight, bar);
            flow.text(
                    line,
                    Style.ITALIC,
                    QUOTE_SIZE,
                    ReportPalette.INK,
                    flow.left() + QUOTE_INDENT,
                    flow.y() + QUOTE_SIZE);
            flow.space(lineHeight);
        }
        String url = links.quote(quote);
        String attribution = PdfSections.attribution(quote, labels)
                + (url.isEmpty() ? "" : "  ·  " + labels.get(ReportLabel.OPEN_IN_TRANSCRIPT));
        float width = flow.width() - QUOTE_INDENT;
        flow.ensure(
                flow.wrap(attribution, Style.REGULAR, ATTRIBUTION_SIZE, width).size()
                        * ATTRIBUTION_SIZE
                        * PdfFlow.LEADING);
        float top = flow.y();
        flow.paragraph(
                attribution,
                Style.REGULAR,
                ATTRIBUTION_SIZE,
                url.isEmpty() ? ReportPalette.MUTED : ReportPalette.PRIMARY,
                QUOTE_INDENT);
        if (!url.isEmpty() && flow.y() > top) {
            link(url, new Rectangle2D.Float(flow.left() + QUOTE_INDENT, top, width, flow.y() - top));
        }
        flow.space(5);
    }

    /** A link annotation over an area of the current page (top-left coordinates), opening {@code url}. */
    private void link(String url, Rectangle2D.Float area) {
        PDAnnotationLink link = new PDAnnotationLink();
        float pageHeight = PdfFlow.PAGE.getHeight();
        link.setRectangle(new PDRectangle(area.x, pageHeight - area.y - area.height, area.width, area.height));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        try {
            flow.page().getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void notice(String text) {
        float width = flow.width() - 20;
        List<String> lines = flow.wrap(text, Style.ITALIC, PdfFlow.BODY, width);
        float height = lines.size() * PdfFlow.BODY * PdfFlow.LEADING + 14;
        flow.ensure(height);
        float top = flow.y();
        flow.rect(flow.left(), top, flow.width(), height, ReportPalette.ACCENT_LIGHT);
        flow.rect(flow.left(), top, 3, height, ReportPalette.ACCENT);
        for (int i = 0; i < lines.size(); i++) {
            flow.text(
                    lines.get(i),
                    Style.ITALIC,
                    PdfFlow.BODY,
                    ReportPalette.INK,
                    flow.left() + 12,
                    top + 7 + PdfFlow.BODY + i * PdfFlow.BODY * PdfFlow.LEADING);
        }
        flow.moveTo(top + height);
        flow.space(10);
    }

    /** The category network as a vector figure (the infographic's drawing), with its legend under it. */
    void network(TheoryReport report) {
        if (report.network().centrality().isEmpty()) {
            return;
        }
        float width = flow.width();
        figure(width * 0.62f, width * 0.45f, 22, 2, (g, area) -> Diagrams.network(g, report, area, 8f));
        float legend = flow.y();
        flow.rect(flow.left(), legend + 3, 8, 8, ReportPalette.ACCENT);
        String core = labels.get(ReportLabel.LEGEND_CORE);
        flow.text(core, Style.REGULAR, 8.5f, ReportPalette.MUTED, flow.left() + 12, legend + 10);
        float x = flow.left() + 12 + (float) flow.fonts().width(Style.REGULAR, 8.5f, core) + 14;
        flow.rect(x, legend + 3, 8, 8, ReportPalette.NODE);
        flow.text(
                labels.get(ReportLabel.LEGEND_CATEGORY) + "   ·   " + labels.get(ReportLabel.LEGEND_NODE) + "   ·   "
                        + labels.get(ReportLabel.LEGEND_EDGE),
                Style.REGULAR,
                8.5f,
                ReportPalette.MUTED,
                x + 12,
                legend + 10);
        flow.space(22);
    }

    /** The paradigm model as a vector figure: conditions, core category, strategies and consequences. */
    void paradigm(TheoryReport report) {
        float width = flow.width();
        figure(width * 0.86f, width * 0.62f, 8, 1, (g, area) -> Diagrams.paradigm(g, report, area, 7.6f));
        flow.space(8);
    }

    /**
     * Draws a vector figure across the page, keeping {@code below} points free under it. Its height is {@code
     * preferred} when that fits on the page, else what is left when that is at least {@code minimum} (so the page is
     * filled rather than left half empty), else {@code preferred} on a new page. The drawing gets the figure less
     * {@code margin} on every side.
     */
    private void figure(
            float preferred, float minimum, float below, float margin, BiConsumer<Graphics2D, Rectangle2D> drawing) {
        float width = flow.width();
        float left = flow.remaining() - below;
        float height = left >= preferred || left < minimum ? preferred : left;
        flow.ensure(height + below);
        PdfFigures.draw(
                flow,
                height,
                g -> drawing.accept(
                        g, new Rectangle2D.Double(margin, margin, width - 2 * margin, height - 2 * margin)));
    }
}
