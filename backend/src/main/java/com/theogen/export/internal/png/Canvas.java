package com.theogen.export.internal.png;

import com.theogen.export.internal.LineWrapper;
import com.theogen.export.internal.ReportFonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Small Java2D helpers: quality hints and wrapped text that never leaves its box. */
final class Canvas {

    private Canvas() {}

    static BufferedImage image(int width, int height, Color background) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static Graphics2D graphics(BufferedImage image) {
        return hints(image.createGraphics());
    }

    /** Quality hints: antialiasing, fractional metrics (text measures the same at any scale). */
    static Graphics2D hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    static Font font(ReportFonts.Style style, float size) {
        return ReportFonts.awt(style, size);
    }

    static List<String> wrap(Graphics2D g, Font font, String text, double width, int maxLines) {
        return LineWrapper.wrapAtMost(text, width, maxLines, s -> font.getStringBounds(s, g.getFontRenderContext())
                .getWidth());
    }

    static double width(Graphics2D g, Font font, String text) {
        return font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /**
     * Draws wrapped text with its first baseline one ascent below {@code top}; returns the height used.
     * Lines beyond {@code maxLines} are cut with an ellipsis.
     */
    static double paragraph(
            Graphics2D g, Font font, Color color, String text, double x, double top, double width, int maxLines) {
        List<String> lines = wrap(g, font, text, width, maxLines);
        return lines(g, font, color, lines, x, top);
    }

    static double lines(Graphics2D g, Font font, Color color, List<String> lines, double x, double top) {
        g.setFont(font);
        g.setColor(color);
        double lineHeight = lineHeight(font);
        double ascent = g.getFontMetrics(font).getAscent();
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) x, (float) (top + ascent + i * lineHeight));
        }
        return lines.size() * lineHeight;
    }

    static double lineHeight(Font font) {
        return font.getSize2D() * 1.22;
    }

    /**
     * Centred lines with a white halo (the glyph outlines stroked wide in white under the text), so a label stays
     * readable over whatever lies behind it.
     */
    static void haloed(Graphics2D g, Font font, Color color, List<String> lines, Rectangle2D box) {
        double lineHeight = lineHeight(font);
        double ascent = g.getFontMetrics(font).getAscent();
        java.awt.Stroke stroke = g.getStroke();
        g.setStroke(new java.awt.BasicStroke(
                font.getSize2D() * 0.28f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            double w = width(g, font, lines.get(i));
            java.awt.font.TextLayout layout =
                    new java.awt.font.TextLayout(lines.get(i), font, g.getFontRenderContext());
            g.draw(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(
                    box.getCenterX() - w / 2, box.getY() + 2 + ascent + i * lineHeight)));
        }
        g.setStroke(stroke);
        centered(g, font, color, lines, box);
    }

    static void centered(Graphics2D g, Font font, Color color, List<String> lines, Rectangle2D box) {
        g.setFont(font);
        g.setColor(color);
        double lineHeight = lineHeight(font);
        double ascent = g.getFontMetrics(font).getAscent();
        for (int i = 0; i < lines.size(); i++) {
            double w = width(g, font, lines.get(i));
            g.drawString(lines.get(i), (float) (box.getCenterX() - w / 2), (float)
                    (box.getY() + 2 + ascent + i * lineHeight));
        }
    }
}
