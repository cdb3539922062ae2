package com.theogen.export.internal.png;

import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The one-page infographic: title band, paradigm model (left), category network with legend (right),
 * provenance footer. Sizes are in pixels of a 2400 × 1500 image, readable when printed at A4 landscape.
 */
public final class Infographic {

    public static final int WIDTH = 2400;
    public static final int HEIGHT = 1500;
    private static final double MARGIN = 48;
    private static final double SPLIT = 1420;

    private Infographic() {}

    /** Panel rectangles, exposed so tests can check that each one is drawn on. */
    public static final Rectangle2D HEADER = new Rectangle2D.Double(0, 0, WIDTH, 200);

    public static final Rectangle2D PARADIGM = new Rectangle2D.Double(MARGIN, 290, SPLIT - 2 * MARGIN, 1090);
    public static final Rectangle2D NETWORK = new Rectangle2D.Double(SPLIT + 20, 290, WIDTH - SPLIT - 20 - MARGIN, 960);

    /** Label size of the network panel; the dashboard's network uses this layout too. */
    public static final float NETWORK_FONT = 19f;

    public static BufferedImage render(TheoryReport report) {
        Labels labels = Labels.of(report.language());
        BufferedImage image = Canvas.image(WIDTH, HEIGHT, ReportPalette.PAPER);
        Graphics2D g = Canvas.graphics(image);
        header(g, report, labels);
        Font panelTitle = Canvas.font(Style.BOLD, 30f);
        Canvas.lines(
                g, panelTitle, ReportPalette.PRIMARY, List.of(labels.get(ReportLabel.PARADIGM_MODEL)), MARGIN, 230);
        Canvas.lines(
                g, panelTitle, ReportPalette.PRIMARY, List.of(labels.get(ReportLabel.NETWORK)), NETWORK.getX(), 230);
        new ParadigmDiagram(g, report, labels, 21f).draw(PARADIGM);
        g.setColor(ReportPalette.RULE);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(SPLIT, 230, SPLIT, 1380));
        NetworkDiagram.draw(g, report, NETWORK, NETWORK_FONT);
        NetworkDiagram.legend(g, labels, NETWORK.getX(), NETWORK.getMaxY() + 24, 18f);
        footer(g, report, labels);
        g.dispose();
        return image;
    }

    private static void header(Graphics2D g, TheoryReport report, Labels labels) {
        g.setColor(ReportPalette.PRIMARY);
        g.fill(HEADER);
        double width = WIDTH - 2 * MARGIN;
        Font title = Canvas.font(Style.BOLD, 46f);
        while (title.getSize2D() > 30f && Canvas.width(g, title, report.projectTitle()) > width) {
            title = title.deriveFont(title.getSize2D() - 2f);
        }
        List<String> titleLines = Canvas.wrap(g, title, report.projectTitle(), width, 1);
        Canvas.lines(g, title, ReportPalette.PAPER, titleLines, MARGIN, 26);
        Font meta = Canvas.font(Style.REGULAR, 24f);
        String line = labels.get(ReportLabel.REPORT_TITLE) + "  ·  " + labels.get(ReportLabel.TEMPLATE) + ": "
                + report.template().displayName() + "  ·  " + labels.get(ReportLabel.THEORY) + " v"
                + report.theoryVersion() + "  ·  " + labels.dateTime(report.generatedAt());
        Canvas.paragraph(g, meta, ReportPalette.PRIMARY_LIGHT, line, MARGIN, 92, width, 1);
        if (!report.researchQuestion().isBlank()) {
            Font question = Canvas.font(Style.ITALIC, 24f);
            Canvas.paragraph(g, question, ReportPalette.PAPER, report.researchQuestion(), MARGIN, 136, width, 2);
        }
    }

    private static void footer(Graphics2D g, TheoryReport report, Labels labels) {
        double y = HEIGHT - 78;
        g.setColor(ReportPalette.RULE);
        g.draw(new Line2D.Double(MARGIN, y - 14, WIDTH - MARGIN, y - 14));
        Font font = Canvas.font(Style.REGULAR, 19f);
        String text = labels.get(ReportLabel.GENERATED_BY) + ": " + report.generatedBy() + "  ·  "
                + labels.get(ReportLabel.QUOTES_CHECKED) + ": "
                + report.verification().quotesChecked() + "  ·  "
                + labels.get(ReportLabel.VERIFIED) + ": "
                + report.verification().verified() + "  ·  "
                + labels.get(ReportLabel.PROPOSITIONS) + ": "
                + report.propositions().size();
        Canvas.paragraph(g, font, ReportPalette.MUTED, text, MARGIN, y, WIDTH - 2 * MARGIN, 1);
        if (report.degraded()) {
            Canvas.paragraph(
                    g,
                    Canvas.font(Style.ITALIC, 19f),
                    ReportPalette.ACCENT,
                    labels.get(ReportLabel.DEGRADED_NOTICE),
                    MARGIN,
                    y + 30,
                    WIDTH - 2 * MARGIN,
                    1);
        }
    }
}
