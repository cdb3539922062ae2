package com.theogen.export.internal.pptx;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.ReportPalette;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Slide geometry and the few shapes every slide is built from: title, body box, footer, filled boxes. */
final class SlideKit {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 40;
    static final Rectangle2D BODY = new Rectangle2D.Double(MARGIN, 104, WIDTH - 2 * MARGIN, 392);
    static final double TITLE_SIZE = 28;
    static final double BODY_SIZE = 17;
    static final double QUOTE_SIZE = 13;
    static final double INSET_LEFT = 8;
    static final double INSET_RIGHT = 8;
    static final double INSET_TOP = 5;
    static final double INSET_BOTTOM = 5;

    private SlideKit() {}

    static XSLFSlide slide(XMLSlideShow show, String title, String footer, TextFitter fitter) {
        XSLFSlide slide = show.createSlide();
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, WIDTH, 10));
        band.setFillColor(ReportPalette.PRIMARY);
        band.setLineColor(null);
        Rectangle2D titleBox = new Rectangle2D.Double(MARGIN, 26, WIDTH - 2 * MARGIN, 66);
        Para heading = Para.plain(title, TITLE_SIZE).bold().color(ReportPalette.PRIMARY);
        List<Para> fitted = fitter.shorten(List.of(heading), titleBox.getWidth(), titleBox.getHeight());
        text(slide, titleBox, fitted, VerticalAlignment.BOTTOM);
        Rectangle2D footerBox = new Rectangle2D.Double(MARGIN, HEIGHT - 34, WIDTH - 2 * MARGIN, 26);
        List<Para> foot = fitter.shorten(
                List.of(Para.plain(footer, 10).color(ReportPalette.MUTED)),
                footerBox.getWidth(),
                footerBox.getHeight());
        text(slide, footerBox, foot, VerticalAlignment.MIDDLE);
        return slide;
    }

    static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, List<Para> paragraphs, VerticalAlignment align) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        fill(box, paragraphs);
        box.setVerticalAlignment(align);
        return box;
    }

    /** A rounded, filled box holding text; measured like any other text shape. */
    static XSLFAutoShape box(XSLFSlide slide, Rectangle2D anchor, Color fill, Color line, List<Para> paragraphs) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.ROUND_RECT);
        shape.setAnchor(anchor);
        shape.setFillColor(fill);
        shape.setLineColor(line);
        shape.setLineWidth(1.25);
        fill(shape, paragraphs);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        return shape;
    }

    static double leftMargin(Para para) {
        return para.level() * 22 + (para.bullet() ? 18 : 0);
    }

    /** Writes paragraphs into a shape: fixed insets, word wrap, no autofit (we fit by measuring instead). */
    static void fill(XSLFTextShape shape, List<Para> paragraphs) {
        shape.clearText();
        shape.setWordWrap(true);
        shape.setLeftInset(INSET_LEFT);
        shape.setRightInset(INSET_RIGHT);
        shape.setTopInset(INSET_TOP);
        shape.setBottomInset(INSET_BOTTOM);
        for (Para para : paragraphs) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            p.setTextAlign(TextAlign.LEFT);
            p.setSpaceBefore(-para.spaceBefore());
            p.setSpaceAfter(0d);
            p.setLineSpacing(100d);
            p.setLeftMargin(leftMargin(para));
            p.setIndent(para.bullet() ? -18d : 0d);
            p.setBullet(para.bullet());
            if (para.bullet()) {
                p.setBulletCharacter("•");
                p.setBulletFont(ReportFonts.OFFICE_FAMILY);
                p.setBulletFontColor(ReportPalette.PRIMARY);
            }
            XSLFTextRun run = p.addNewTextRun();
            run.setText(para.text());
            run.setFontFamily(ReportFonts.OFFICE_FAMILY);
            run.setFontSize(para.size());
            run.setBold(para.boldFace());
            run.setItalic(para.italicFace());
            run.setFontColor(para.color());
        }
    }
}
