package com.theogen.export.internal.pptx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's text metric applied to a shape read back from a file: what height its text needs, measured
 * the way the renderer measured it before placing it (bundled font metrics, pessimistic line height).
 */
public final class SlideTextMetric {

    private static final TextFitter FITTER = new TextFitter();

    private SlideTextMetric() {}

    /** Height the shape's text needs at the shape's width, insets included. */
    public static double requiredHeight(XSLFTextShape shape) {
        return requiredHeight(shape, shape.getAnchor().getWidth());
    }

    /** Height the shape's text needs at {@code width} (a table cell's column width), insets included. */
    public static synchronized double requiredHeight(XSLFTextShape shape, double width) {
        List<Para> paragraphs = new ArrayList<>();
        for (XSLFTextParagraph p : shape.getTextParagraphs()) {
            List<XSLFTextRun> runs = p.getTextRuns();
            if (runs.isEmpty()) {
                continue;
            }
            XSLFTextRun run = runs.get(0);
            double size = run.getFontSize() == null ? 18 : run.getFontSize();
            double before = p.getSpaceBefore() == null ? 0 : Math.abs(p.getSpaceBefore());
            double margin = p.getLeftMargin() == null ? 0 : p.getLeftMargin();
            boolean bullet = p.isBullet();
            int level = (int) Math.round((margin - (bullet ? 18 : 0)) / 22);
            paragraphs.add(new Para(p.getText(), size, run.isBold(), run.isItalic(), null, bullet, level, before));
        }
        // the fitter measures with the deck's standard insets; use the shape's own
        double standardX = SlideKit.INSET_LEFT + SlideKit.INSET_RIGHT;
        double standardY = SlideKit.INSET_TOP + SlideKit.INSET_BOTTOM;
        double insetsX = shape.getLeftInset() + shape.getRightInset();
        double insetsY = shape.getTopInset() + shape.getBottomInset();
        return FITTER.height(paragraphs, width - insetsX + standardX) - standardY + insetsY;
    }
}
