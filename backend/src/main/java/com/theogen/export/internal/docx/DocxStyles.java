package com.theogen.export.internal.docx;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.ReportPalette;
import java.awt.Color;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles of the report, named as Word names its built-in ones ("heading 1", "Title", "caption", "Quote",
 * "toc 1") so the document's navigation pane, table of contents, cross-references and a university's template
 * all work on it; plus A4 pages with 2.2 cm margins.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String CAPTION = "Caption";
    static final String QUOTE = "Quote";
    static final String SOURCE = "QuoteSource";
    static final String STATEMENT = "Statement";
    static final String TOC_1 = "TOC1";
    static final String TOC_HEADING = "TOCHeading";
    static final String NOTICE = "Notice";

    private DocxStyles() {}

    static void apply(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, style(NORMAL, "Normal", null).size(10.5).after(6).line(1.15));
        add(
                styles,
                style(TITLE, "Title", NORMAL)
                        .size(26)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .after(12));
        add(
                styles,
                style(SUBTITLE, "Subtitle", NORMAL)
                        .size(13)
                        .italic()
                        .color(ReportPalette.MUTED)
                        .after(18));
        add(
                styles,
                style(HEADING_1, "heading 1", NORMAL)
                        .size(18)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .before(18)
                        .after(8)
                        .keepNext()
                        .outline(0));
        add(
                styles,
                style(HEADING_2, "heading 2", NORMAL)
                        .size(13.5)
                        .bold()
                        .color(ReportPalette.PRIMARY)
                        .before(12)
                        .after(4)
                        .keepNext()
                        .outline(1));
        add(
                styles,
                style(STATEMENT, "Statement", NORMAL).bold().before(6).after(3).keepNext());
        add(
                styles,
                style(QUOTE, "Quote", NORMAL)
                        .size(10)
                        .italic()
                        .indent(567)
                        .after(0)
                        .keepNext());
        add(
                styles,
                style(SOURCE, "Quote Source", NORMAL)
                        .size(8.5)
                        .color(ReportPalette.MUTED)
                        .indent(567)
                        .after(8));
        add(
                styles,
                style(CAPTION, "caption", NORMAL)
                        .size(9)
                        .italic()
                        .color(ReportPalette.MUTED)
                        .after(12));
        add(styles, style(TOC_HEADING, "TOC Heading", HEADING_1).outline(9));
        add(styles, style(TOC_1, "toc 1", NORMAL).after(4));
        add(styles, style(NOTICE, "Notice", NORMAL).italic().color(ReportPalette.ACCENT));
        page(doc);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1247);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
    }

    private static void add(XWPFStyles styles, Builder builder) {
        styles.addStyle(new XWPFStyle(builder.style));
    }

    private static Builder style(String id, String name, String basedOn) {
        return new Builder(id, name, basedOn);
    }

    /** A paragraph style, built up in the order Word's schema wants its properties. */
    private static final class Builder {
        private final CTStyle style = CTStyle.Factory.newInstance();
        private final CTPPrGeneral paragraph;
        private final CTRPr run;

        Builder(String id, String name, String basedOn) {
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (basedOn != null) {
                style.addNewBasedOn().setVal(basedOn);
                style.addNewNext().setVal(NORMAL);
            } else {
                style.setDefault(true);
            }
            style.addNewQFormat();
            paragraph = style.addNewPPr();
            run = style.addNewRPr();
            CTFonts fonts = run.addNewRFonts();
            fonts.setAscii(ReportFonts.OFFICE_FAMILY);
            fonts.setHAnsi(ReportFonts.OFFICE_FAMILY);
            fonts.setCs(ReportFonts.OFFICE_FAMILY);
        }

        Builder size(double points) {
            BigInteger half = BigInteger.valueOf(Math.round(points * 2));
            run.addNewSz().setVal(half);
            run.addNewSzCs().setVal(half);
            return this;
        }

        Builder bold() {
            run.addNewB();
            return this;
        }

        Builder italic() {
            run.addNewI();
            return this;
        }

        Builder color(Color color) {
            run.addNewColor().setVal(String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue()));
            return this;
        }

        private CTSpacing spacing() {
            return paragraph.isSetSpacing() ? paragraph.getSpacing() : paragraph.addNewSpacing();
        }

        Builder before(double points) {
            spacing().setBefore(BigInteger.valueOf(Math.round(points * 20)));
            return this;
        }

        Builder after(double points) {
            spacing().setAfter(BigInteger.valueOf(Math.round(points * 20)));
            return this;
        }

        Builder line(double multiple) {
            spacing().setLine(BigInteger.valueOf(Math.round(multiple * 240)));
            spacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
            return this;
        }

        Builder keepNext() {
            paragraph.addNewKeepNext();
            return this;
        }

        Builder outline(int level) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
            return this;
        }

        Builder indent(int twips) {
            paragraph.addNewInd().setLeft(BigInteger.valueOf(twips));
            return this;
        }
    }
}
