package com.theogen.export.internal.pdf;

import com.theogen.export.EvidenceQuote;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.png.NetworkDiagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Recurring blocks of the PDF body: statements, verbatim quotes with attribution, notices, the network. */
final class PdfBlocks {

    private static final float QUOTE_SIZE = 9.8f;
    private static final float QUOTE_INDENT = 22;

    private final PdfFlow flow;
    private final Labels labels;

    PdfBlocks(PdfFlow flow, Labels labels) {
        this.flow = flow;
        this.labels = labels;
    }

    void statement(String text) {
        flow.ensure(PdfFlow.BODY * PdfFlow.LEADING * 3);
        flow.paragraph(text, Style.BOLD, PdfFlow.BODY, ReportPalette.INK, 0);
        flow.space(4);
    }

    void muted(String text) {
        flow.paragraph(text, Style.ITALIC, PdfFlow.BODY, ReportPalette.MUTED, 0);
        flow.space(6);
    }

    void quotes(List<EvidenceQuote> quotes) {
        if (quotes.isEmpty()) {
            flow.paragraph(
                    labels.get(ReportLabel.NO_EVIDENCE), Style.ITALIC, QUOTE_SIZE, ReportPalette.MUTED, QUOTE_INDENT);
        }
        quotes.forEach(this::quote);
        flow.space(8);
    }

    /** A quote set in italics beside a coloured bar, then who said it and where it is in the transcript. */
    void quote(EvidenceQuote quote) {
        float width = flow.width() - QUOTE_INDENT - 6;
        List<String> lines = flow.wrap("“" + quote.text() + "”", Style.ITALIC, QUOTE_SIZE, width);
        float lineHeight = QUOTE_SIZE * PdfFlow.LEADING;
        flow.ensure(Math.min(lines.size() + 1, 4) * lineHeight);
        for (String line : lines) {
            flow.ensure(lineHeight);
            flow.rect(flow.left() + QUOTE_INDENT - 10, flow.y(), 2.4f, lineHeight, ReportPalette.QUOTE_BAR);
            flow.text(
                    line,
                    Style.ITALIC,
                    QUOTE_SIZE,
                    ReportPalette.INK,
                    flow.left() + QUOTE_INDENT,
                    flow.y() + QUOTE_SIZE);
            flow.space(lineHeight);
        }
        flow.paragraph(PdfSections.attribution(quote, labels), Style.REGULAR, 8.3f, ReportPalette.MUTED, QUOTE_INDENT);
        flow.space(5);
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

    /** The category network drawn at print resolution (the same drawing as the infographic's). */
    void networkImage(TheoryReport report) {
        if (report.network().centrality().isEmpty()) {
            return;
        }
        float width = flow.width();
        float height = width * 0.62f;
        int scale = 3;
        byte[] png = NetworkDiagram.png(report, (int) width * scale, (int) height * scale, 9.5f * scale);
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(flow.document(), png, "network");
            flow.ensure(height + 10);
            flow.stream().drawImage(image, flow.left(), PdfFlow.PAGE.getHeight() - flow.y() - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.space(height);
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
}
