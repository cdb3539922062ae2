package com.theogen.export.internal.png;

import com.theogen.export.ParadigmComponent;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ParadigmLayout;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The paradigm model as boxes: the three kinds of conditions on top, the core category and its phenomenon
 * in the middle, strategies leading to consequences below. Text that does not fit a box is cut with an
 * ellipsis and a "+N more" line; the full text is in the PDF and the workbook.
 */
final class ParadigmDiagram {

    private final Graphics2D g;
    private final TheoryReport report;
    private final Labels labels;
    private final float size;

    ParadigmDiagram(Graphics2D g, TheoryReport report, Labels labels, float size) {
        this.g = g;
        this.report = report;
        this.labels = labels;
        this.size = size;
    }

    void draw(Rectangle2D area) {
        ParadigmLayout layout = ParadigmLayout.of(area, size * 2.4, 0.36, 0.28, 0.35);
        Rectangle2D core = layout.core();
        Rectangle2D strategies = layout.strategies();
        Rectangle2D consequences = layout.consequences();
        for (Rectangle2D top : layout.conditions()) {
            arrow(top.getCenterX(), top.getMaxY() + size * 0.3, top.getCenterX(), core.getY() - size * 0.3);
        }
        double down = Math.max(core.getX() + size, strategies.getCenterX());
        arrow(down, core.getMaxY() + size * 0.3, down, strategies.getY() - size * 0.3);
        arrow(
                strategies.getMaxX() + size * 0.3,
                strategies.getCenterY(),
                consequences.getX() - size * 0.3,
                strategies.getCenterY());

        for (int i = 0; i < ParadigmLayout.CONDITIONS.size(); i++) {
            ParadigmComponent condition = ParadigmLayout.CONDITIONS.get(i);
            component(
                    condition, layout.conditions().get(i), ParadigmLayout.lines(report.paradigm(), condition, labels));
        }
        component(
                ParadigmComponent.STRATEGIES,
                strategies,
                ParadigmLayout.lines(report.paradigm(), ParadigmComponent.STRATEGIES, labels));
        component(
                ParadigmComponent.CONSEQUENCES,
                consequences,
                ParadigmLayout.lines(report.paradigm(), ParadigmComponent.CONSEQUENCES, labels));
        core(core);
    }

    private void box(ParadigmComponent component, Rectangle2D box) {
        RoundRectangle2D shape =
                new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), size, size);
        g.setColor(ReportPalette.componentFill(component));
        g.fill(shape);
        g.setColor(ReportPalette.componentStroke(component));
        g.setStroke(new BasicStroke(size / 8));
        g.draw(shape);
    }

    private void component(ParadigmComponent component, Rectangle2D box, List<String> bullets) {
        box(component, box);
        double pad = size * 0.8;
        double x = box.getX() + pad;
        double width = box.getWidth() - 2 * pad;
        Font heading = Canvas.font(Style.BOLD, size * 1.1f);
        double y = box.getY() + pad * 0.8;
        y += Canvas.paragraph(
                        g,
                        heading,
                        ReportPalette.componentStroke(component),
                        labels.component(component),
                        x,
                        y,
                        width,
                        2)
                + size * 0.4;
        Font body = Canvas.font(Style.REGULAR, size);
        double lineHeight = Canvas.lineHeight(body);
        double bottom = box.getMaxY() - pad * 0.6;
        if (bullets.isEmpty()) {
            Canvas.paragraph(
                    g,
                    Canvas.font(Style.ITALIC, size),
                    ReportPalette.MUTED,
                    labels.get(ReportLabel.NO_ITEMS),
                    x,
                    y,
                    width,
                    (int) Math.max(1, (bottom - y) / lineHeight));
            return;
        }
        double indent = size * 1.1;
        int available = (int) ((bottom - y) / lineHeight);
        List<List<String>> wrapped = new ArrayList<>();
        for (String bullet : bullets) {
            wrapped.add(Canvas.wrap(g, body, bullet, width - indent, Integer.MAX_VALUE));
        }
        int needed = wrapped.stream().mapToInt(List::size).sum();
        int perBullet = needed <= available ? Integer.MAX_VALUE : Math.max(2, available / bullets.size());
        for (int i = 0; i < bullets.size(); i++) {
            int remaining = bullets.size() - i - 1;
            int linesLeft = (int) ((bottom - y) / lineHeight) - (remaining > 0 ? 1 : 0);
            if (linesLeft < 1) {
                more(bullets.size() - i, x, y, width);
                return;
            }
            int keep = Math.min(perBullet, linesLeft);
            List<String> lines = wrapped.get(i).size() <= keep
                    ? wrapped.get(i)
                    : Canvas.wrap(g, body, bullets.get(i), width - indent, keep);
            Canvas.lines(g, body, ReportPalette.componentStroke(component), List.of("•"), x, y);
            y += Canvas.lines(g, body, ReportPalette.INK, lines, x + indent, y) + size * 0.3;
        }
    }

    private void more(int count, double x, double y, double width) {
        Canvas.paragraph(
                g,
                Canvas.font(Style.ITALIC, size),
                ReportPalette.MUTED,
                "+" + count + " " + labels.get(ReportLabel.MORE),
                x,
                y,
                width,
                1);
    }

    private void core(Rectangle2D box) {
        box(ParadigmComponent.PHENOMENON, box);
        double pad = size * 0.9;
        double x = box.getX() + pad;
        double width = box.getWidth() - 2 * pad;
        double y = box.getY() + pad * 0.7;
        Font small = Canvas.font(Style.BOLD, size * 0.9f);
        y += Canvas.paragraph(
                        g,
                        small,
                        ReportPalette.ACCENT,
                        (labels.get(ReportLabel.CORE_CATEGORY) + " · " + labels.component(ParadigmComponent.PHENOMENON))
                                .toUpperCase(labels.locale()),
                        x,
                        y,
                        width,
                        1)
                + size * 0.2;
        Font name = Canvas.font(Style.BOLD, size * 1.7f);
        y += Canvas.paragraph(g, name, ReportPalette.INK, report.coreCategory().name(), x, y, width, 2) + size * 0.3;
        Font body = Canvas.font(Style.REGULAR, size);
        double bottom = box.getMaxY() - pad * 0.5;
        String text = report.phenomenonSummary();
        y += Canvas.paragraph(g, body, ReportPalette.INK, text, x, y, width, linesBetween(y, bottom, body))
                + size * 0.4;
        if (!report.coreCategory().rationale().isBlank() && linesBetween(y, bottom, body) > 0) {
            Font italic = Canvas.font(Style.ITALIC, size);
            Canvas.paragraph(
                    g,
                    italic,
                    ReportPalette.MUTED,
                    labels.get(ReportLabel.WHY_CORE) + ": "
                            + report.coreCategory().rationale(),
                    x,
                    y,
                    width,
                    linesBetween(y, bottom, italic));
        }
    }

    private static int linesBetween(double top, double bottom, Font font) {
        return (int) Math.max(0, (bottom - top) / Canvas.lineHeight(font));
    }

    private void arrow(double x1, double y1, double x2, double y2) {
        g.setColor(ReportPalette.MUTED);
        g.setStroke(new BasicStroke(size / 5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double head = size * 0.8;
        Path2D tip = new Path2D.Double();
        tip.moveTo(x2, y2);
        tip.lineTo(x2 - head * Math.cos(angle - 0.45), y2 - head * Math.sin(angle - 0.45));
        tip.lineTo(x2 - head * Math.cos(angle + 0.45), y2 - head * Math.sin(angle + 0.45));
        tip.closePath();
        g.fill(tip);
    }
}
