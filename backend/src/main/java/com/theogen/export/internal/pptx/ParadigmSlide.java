package com.theogen.export.internal.pptx;

import com.theogen.export.ParadigmComponent;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ParadigmLayout;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.ReportPalette;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationShape;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationSize;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The paradigm model as editable shapes, in the infographic's arrangement: conditions on top, the core
 * category in the middle, strategies and consequences below. Each box takes the statements that fit and
 * says how many more there are.
 */
final class ParadigmSlide {

    private static final double HEADING = 14;
    private static final double ITEM = 11.5;
    private static final double GAP = 16;

    private final TheoryReport report;
    private final Labels labels;
    private final TextFitter fitter;

    ParadigmSlide(TheoryReport report, Labels labels, TextFitter fitter) {
        this.report = report;
        this.labels = labels;
        this.fitter = fitter;
    }

    void draw(XSLFSlide slide, Rectangle2D area) {
        ParadigmLayout layout = ParadigmLayout.of(area, GAP, 0.38, 0.22, 0.3);
        Rectangle2D core = layout.core();
        Rectangle2D strategies = layout.strategies();
        Rectangle2D consequences = layout.consequences();
        for (int i = 0; i < ParadigmLayout.CONDITIONS.size(); i++) {
            ParadigmComponent condition = ParadigmLayout.CONDITIONS.get(i);
            Rectangle2D top = layout.conditions().get(i);
            component(slide, condition, top, ParadigmLayout.lines(report.paradigm(), condition, labels));
            arrow(slide, top.getCenterX(), top.getMaxY() + 2, top.getCenterX(), core.getY() - 2);
        }
        coreBox(slide, core);
        double down = Math.max(core.getX() + 20, strategies.getCenterX());
        arrow(slide, down, core.getMaxY() + 2, down, strategies.getY() - 2);
        arrow(
                slide,
                strategies.getMaxX() + 2,
                strategies.getCenterY(),
                consequences.getX() - 2,
                strategies.getCenterY());
        component(
                slide,
                ParadigmComponent.STRATEGIES,
                strategies,
                ParadigmLayout.lines(report.paradigm(), ParadigmComponent.STRATEGIES, labels));
        component(
                slide,
                ParadigmComponent.CONSEQUENCES,
                consequences,
                ParadigmLayout.lines(report.paradigm(), ParadigmComponent.CONSEQUENCES, labels));
    }

    private void component(XSLFSlide slide, ParadigmComponent component, Rectangle2D box, List<String> statements) {
        List<Para> paragraphs = new ArrayList<>();
        paragraphs.add(Para.plain(labels.component(component), HEADING)
                .bold()
                .color(ReportPalette.componentStroke(component)));
        if (statements.isEmpty()) {
            paragraphs.add(
                    Para.plain(labels.get(ReportLabel.NO_ITEMS), ITEM).italic().color(ReportPalette.MUTED));
        }
        int shown = 0;
        while (shown < statements.size()) {
            List<Para> candidate = new ArrayList<>(paragraphs);
            candidate.add(bullet(statements.get(shown)));
            int after = statements.size() - shown - 1;
            if (after > 0) {
                candidate.add(more(after));
            }
            if (!fitter.fits(candidate, box.getWidth(), box.getHeight())) {
                break;
            }
            paragraphs.add(bullet(statements.get(shown++)));
        }
        if (shown < statements.size()) {
            int after = statements.size() - shown - 1;
            double reserve = after > 0 ? fitter.height(List.of(more(after)), box.getWidth()) / TextFitter.FILL : 0;
            List<Para> partial = new ArrayList<>(paragraphs);
            partial.add(bullet(statements.get(shown)));
            partial = fitter.shorten(partial, box.getWidth(), box.getHeight() - reserve);
            if (partial.size() > paragraphs.size()
                    && partial.get(partial.size() - 1).text().length() > 30) {
                paragraphs = partial;
                shown++;
            }
            if (shown < statements.size()) {
                paragraphs.add(more(statements.size() - shown));
            }
        }
        SlideKit.box(
                slide,
                box,
                ReportPalette.componentFill(component),
                ReportPalette.componentStroke(component),
                fitter.shorten(paragraphs, box.getWidth(), box.getHeight()));
    }

    private static Para bullet(String statement) {
        return Para.bulleted(statement, ITEM).before(3);
    }

    private Para more(int count) {
        return Para.plain("+" + count + " " + labels.get(ReportLabel.MORE), ITEM)
                .italic()
                .color(ReportPalette.MUTED)
                .before(3);
    }

    private void coreBox(XSLFSlide slide, Rectangle2D box) {
        List<Para> paragraphs = List.of(
                Para.plain(
                                (labels.get(ReportLabel.CORE_CATEGORY) + " · "
                                                + labels.component(ParadigmComponent.PHENOMENON))
                                        .toUpperCase(labels.locale()),
                                10.5)
                        .bold()
                        .color(ReportPalette.ACCENT),
                Para.plain(report.coreCategory().name(), 19).bold(),
                Para.plain(report.phenomenonSummary(), ITEM).before(2));
        SlideKit.box(
                slide,
                box,
                ReportPalette.ACCENT_LIGHT,
                ReportPalette.ACCENT,
                fitter.shorten(paragraphs, box.getWidth(), box.getHeight()));
    }

    private static void arrow(XSLFSlide slide, double x1, double y1, double x2, double y2) {
        XSLFConnectorShape line = slide.createConnector();
        line.setAnchor(
                new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)));
        line.setLineColor(ReportPalette.MUTED);
        line.setLineWidth(2);
        line.setLineTailDecoration(DecorationShape.TRIANGLE);
        line.setLineTailLength(DecorationSize.MEDIUM);
        line.setLineTailWidth(DecorationSize.MEDIUM);
    }
}
