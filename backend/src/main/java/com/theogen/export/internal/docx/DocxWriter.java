package com.theogen.export.internal.docx;

import com.theogen.export.EvidenceQuote;
import com.theogen.export.ReportLinks;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.QuoteMarks;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.ReportTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Paragraphs, quotes, tables, figures, captions and fields of the Word report, each in its named style. */
final class DocxWriter {

    /** Text width of an A4 page with the report's margins, in points. */
    static final double TEXT_WIDTH = (11906 - 2 * 1247) / 20.0;

    private final XWPFDocument doc;
    private final Labels labels;
    private final ReportLinks links;
    private int figures;
    private int tables;

    DocxWriter(XWPFDocument doc, Labels labels, ReportLinks links) {
        this.doc = doc;
        this.labels = labels;
        this.links = links;
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    XWPFParagraph body(String text) {
        return paragraph(DocxStyles.NORMAL, text);
    }

    void heading1(String text) {
        paragraph(DocxStyles.HEADING_1, text);
    }

    void heading2(String text) {
        paragraph(DocxStyles.HEADING_2, text);
    }

    void muted(String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setItalic(true);
        run.setColor(hex(ReportPalette.MUTED));
    }

    /** A label in bold followed by its value, on one line. */
    void fact(String label, String value) {
        XWPFParagraph p = body("");
        p.setSpacingAfter(60);
        XWPFRun name = p.createRun();
        name.setBold(true);
        name.setText(label + ": ");
        p.createRun().setText(value);
    }

    /**
     * A verbatim quote in the Quote style, then its source (who, when in the recording, where) in the Quote Source
     * style, linking to the quote in the dashboard's transcript when the report has an address.
     */
    void quote(EvidenceQuote q) {
        paragraph(DocxStyles.QUOTE, QuoteMarks.wrap(q.text(), labels.language()));
        XWPFParagraph source = paragraph(DocxStyles.SOURCE, attribution(q));
        String url = links.quote(q);
        if (!url.isEmpty()) {
            source.createRun().setText("  ·  ");
            XWPFHyperlinkRun link = source.createHyperlinkRun(url);
            link.setText(labels.get(ReportLabel.OPEN_IN_TRANSCRIPT));
            link.setColor(hex(ReportPalette.PRIMARY));
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
    }

    /** A claim's negative cases: a label, then each statement and the fragment that shows it; nothing if none. */
    void negativeCases(List<com.theogen.export.NegativeCase> cases) {
        if (cases.isEmpty()) {
            return;
        }
        XWPFRun label = doc.createParagraph().createRun();
        label.setText(labels.get(ReportLabel.NEGATIVE_CASES));
        label.setBold(true);
        label.setColor(hex(ReportPalette.ACCENT));
        for (com.theogen.export.NegativeCase n : cases) {
            XWPFParagraph statement = body("– " + n.statement());
            statement.setIndentationLeft(360);
            if (n.hasFragment()) {
                quote(n.fragment());
            } else {
                muted(labels.get(ReportLabel.NO_FRAGMENT_CITED));
            }
        }
    }

    void quotes(List<EvidenceQuote> quotes) {
        if (quotes.isEmpty()) {
            muted(labels.get(ReportLabel.NO_EVIDENCE));
        }
        quotes.forEach(this::quote);
    }

    private String attribution(EvidenceQuote q) {
        String time = q.time().isEmpty() ? "" : "  ·  [" + q.time() + "]";
        return "— " + q.source() + time + "  ·  [" + q.charStart() + "–" + q.charEnd() + "]  ·  "
                + labels.get(ReportLabel.FRAGMENT) + " " + q.shortFragmentId();
    }

    /** A table with a repeated, shaded header row; column widths in shares of the text width. */
    /** A table of the report under its numbered caption. */
    void table(String caption, ReportTable table) {
        table(caption, table.headers(), table.shares(), table.rows());
    }

    void table(String caption, List<String> headers, double[] shares, List<List<String>> rows) {
        caption(ReportLabel.TABLE, caption);
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth(Long.toString(Math.round(TEXT_WIDTH * 20)));
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        double sum = 0;
        for (double share : shares) {
            sum += share;
        }
        long[] widths = new long[headers.size()];
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.round(TEXT_WIDTH * 20 * shares[c] / sum);
            grid.addNewGridCol().setW(java.math.BigInteger.valueOf(widths[c]));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(hex(ReportPalette.PRIMARY));
            cell(cell, headers.get(c), true);
            width(cell, widths[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (r % 2 == 1) {
                    cell.setColor(hex(ReportPalette.ZEBRA));
                }
                width(cell, widths[c]);
                cell(cell, c < rows.get(r).size() ? rows.get(r).get(c) : "", false);
            }
        }
        doc.createParagraph().setSpacingAfter(120);
    }

    private static void width(XWPFTableCell cell, long twips) {
        cell.setWidth(Long.toString(twips));
        cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    }

    private void cell(XWPFTableCell cell, String text, boolean header) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontSize(9);
            if (header) {
                run.setBold(true);
                run.setColor("FFFFFF");
            }
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** A picture of the text width, kept with its caption under it. */
    void figure(byte[] png, double aspect, String caption) {
        XWPFParagraph p = doc.createParagraph();
        keepNext(p);
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            "figure.png",
                            Units.toEMU(TEXT_WIDTH),
                            Units.toEMU(TEXT_WIDTH * aspect));
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        caption(ReportLabel.FIGURE, caption);
    }

    /** "Figura 2. …" in the caption style, numbered by a SEQ field Word renumbers and cross-references. */
    void caption(ReportLabel kind, String text) {
        XWPFParagraph p = paragraph(DocxStyles.CAPTION, "");
        if (kind == ReportLabel.TABLE) {
            keepNext(p);
        }
        String name = labels.get(kind);
        int number = kind == ReportLabel.FIGURE ? ++figures : ++tables;
        p.createRun().setText(name + " ");
        CTSimpleField seq = p.getCTP().addNewFldSimple();
        seq.setInstr(" SEQ " + name + " \\* ARABIC ");
        seq.addNewR().addNewT().setStringValue(Integer.toString(number));
        p.createRun().setText(". " + text);
    }

    /**
     * A table-of-contents field over the heading levels 1–2, its cached result already listing the sections (Word
     * adds the page numbers when it updates fields on opening).
     */
    void tableOfContents(List<String> entries) {
        paragraph(DocxStyles.TOC_HEADING, labels.get(ReportLabel.CONTENTS));
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = paragraph(DocxStyles.TOC_1, "");
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                CTR instr = p.getCTP().addNewR();
                instr.addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
                fieldChar(p, STFldCharType.SEPARATE);
            }
            p.createRun().setText(entries.get(i));
            if (i == entries.size() - 1) {
                fieldChar(p, STFldCharType.END);
            }
        }
        doc.enforceUpdateFields();
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        CTFldChar field = p.getCTP().addNewR().addNewFldChar();
        field.setFldCharType(type);
    }

    /** The saturation curve as a native Word chart (its data in the chart's embedded workbook), captioned. */
    void saturationChart(com.theogen.export.TheoryReport report, String caption) {
        try {
            XWPFParagraph p = doc.createParagraph();
            keepNext(p);
            org.apache.poi.xwpf.usermodel.XWPFChart chart =
                    doc.createChart(p.createRun(), Units.toEMU(TEXT_WIDTH), Units.toEMU(TEXT_WIDTH * 0.55));
            com.theogen.export.internal.SaturationPlot.plotEmbedded(chart, report.saturation(), labels);
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        caption(ReportLabel.FIGURE, caption);
    }

    void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    /** Keeps a paragraph on the page of the next (XWPFParagraph.setKeepNext fails on a paragraph without pPr). */
    private static void keepNext(XWPFParagraph p) {
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewKeepNext();
    }

    static String hex(java.awt.Color color) {
        return String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }
}
