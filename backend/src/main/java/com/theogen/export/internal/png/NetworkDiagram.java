package com.theogen.export.internal.png;

import com.theogen.export.CoOccurrence;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Draws the category network (edges, sized nodes, haloed labels) and its legend; shared by PNG, PDF and DOCX. */
public final class NetworkDiagram {

    private NetworkDiagram() {}

    /**
     * Lays out and draws the network inside {@code area}: edges first, clipped away from every label so no line
     * runs under text, then the nodes, then the labels with a white halo. Returns the layout that was drawn.
     */
    public static NetworkLayout.Result draw(Graphics2D g, TheoryReport report, Rectangle2D area, float fontSize) {
        NetworkLayout.Result layout = layout(report, area, fontSize);
        drawEdges(g, report, layout, area, fontSize);
        Font labelFont = Canvas.font(Style.REGULAR, layout.fontSize());
        for (NetworkLayout.PlacedNode node : layout.nodes()) {
            Color fill = node.core() ? ReportPalette.ACCENT : ReportPalette.NODE;
            Ellipse2D circle = new Ellipse2D.Double(
                    node.cx() - node.radius(), node.cy() - node.radius(), 2 * node.radius(), 2 * node.radius());
            g.setColor(fill);
            g.fill(circle);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(1f, fontSize / 8)));
            g.draw(circle);
            Font nodeFont = node.core() ? Canvas.font(Style.BOLD, layout.fontSize()) : labelFont;
            Canvas.haloed(
                    g, nodeFont, node.core() ? ReportPalette.ACCENT : ReportPalette.INK, node.lines(), node.labelBox());
        }
        return layout;
    }

    /** The layout {@link #draw} uses for a report in an area (deterministic). */
    public static NetworkLayout.Result layout(TheoryReport report, Rectangle2D area, float fontSize) {
        return NetworkLayout.layout(
                report.network().centrality(),
                report.network().coOccurrence(),
                report.coreCategory().name(),
                area,
                Canvas.font(Style.REGULAR, fontSize));
    }

    /** The edges alone (line width by shared fragments), never inside a label's box. */
    public static void drawEdges(
            Graphics2D g, TheoryReport report, NetworkLayout.Result layout, Rectangle2D area, float fontSize) {
        Map<String, NetworkLayout.PlacedNode> byName = layout.byName();
        int maxShared = NetworkLayout.maxShared(report.network().coOccurrence());
        Area free = new Area(new Rectangle2D.Double(
                area.getX() - fontSize,
                area.getY() - fontSize,
                area.getWidth() + 2 * fontSize,
                area.getHeight() + 2 * fontSize));
        double margin = Math.max(2, fontSize * 0.25);
        for (NetworkLayout.PlacedNode node : layout.nodes()) {
            Rectangle2D box = node.labelBox();
            free.subtract(new Area(new Rectangle2D.Double(
                    box.getX() - margin,
                    box.getY() - margin,
                    box.getWidth() + 2 * margin,
                    box.getHeight() + 2 * margin)));
        }
        Shape clip = g.getClip();
        g.clip(free);
        for (CoOccurrence edge : report.network().coOccurrence()) {
            NetworkLayout.PlacedNode a = byName.get(edge.categoryA());
            NetworkLayout.PlacedNode b = byName.get(edge.categoryB());
            if (a == null || b == null) {
                continue;
            }
            float share = edge.sharedFragments() / (float) maxShared;
            g.setStroke(
                    new BasicStroke(fontSize * (0.08f + 0.4f * share), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(withAlpha(ReportPalette.EDGE, (int) (70 + 120 * share)));
            g.draw(new Line2D.Double(a.cx(), a.cy(), b.cx(), b.cy()));
        }
        g.setClip(clip);
    }

    /** The legend: core vs other category, circle size, line width. Returns the height used. */
    public static double legend(Graphics2D g, Labels labels, double x, double y, float fontSize) {
        Font bold = Canvas.font(Style.BOLD, fontSize);
        Font font = Canvas.font(Style.REGULAR, fontSize);
        double line = Canvas.lineHeight(font) * 1.25;
        Canvas.lines(g, bold, ReportPalette.INK, List.of(labels.get(ReportLabel.LEGEND)), x, y);
        double r = fontSize * 0.45;
        double row = y + line;
        swatch(g, ReportPalette.ACCENT, x, row, r);
        Canvas.lines(g, font, ReportPalette.INK, List.of(labels.get(ReportLabel.LEGEND_CORE)), x + 3 * r, row);
        double second = x + 3 * r + Canvas.width(g, font, labels.get(ReportLabel.LEGEND_CORE)) + 3 * fontSize;
        swatch(g, ReportPalette.NODE, second, row, r);
        Canvas.lines(g, font, ReportPalette.INK, List.of(labels.get(ReportLabel.LEGEND_CATEGORY)), second + 3 * r, row);
        row += line;
        Canvas.lines(
                g,
                font,
                ReportPalette.MUTED,
                List.of(labels.get(ReportLabel.LEGEND_NODE) + "   ·   " + labels.get(ReportLabel.LEGEND_EDGE)),
                x,
                row);
        return row + line - y;
    }

    /** The network alone as a PNG, for slides. */
    public static byte[] png(TheoryReport report, int width, int height, float fontSize) {
        BufferedImage image = Canvas.image(width, height, Color.WHITE);
        Graphics2D g = Canvas.graphics(image);
        draw(g, report, new Rectangle2D.Double(8, 8, width - 16, height - 16), fontSize);
        g.dispose();
        return Diagrams.png(image);
    }

    private static void swatch(Graphics2D g, Color color, double x, double top, double r) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x, top + r * 0.6, 2 * r, 2 * r));
    }

    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), Math.max(0, Math.min(255, alpha)));
    }
}
