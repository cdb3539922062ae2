package com.theogen.export.internal;

import com.theogen.export.ParadigmComponent;
import com.theogen.export.ParadigmItem;
import com.theogen.export.ParadigmModel;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where the boxes of the paradigm figure go: the three kinds of conditions side by side on top, the core category in
 * the middle row, strategies and consequences below. The PNG infographic and the deck's paradigm slide draw the same
 * figure, each in its own proportions.
 *
 * @param conditions the boxes of {@link #CONDITIONS}, left to right
 */
public record ParadigmLayout(
        List<Rectangle2D> conditions, Rectangle2D core, Rectangle2D strategies, Rectangle2D consequences) {

    /** The conditions in the top row, in their order on the figure. */
    public static final List<ParadigmComponent> CONDITIONS = List.of(
            ParadigmComponent.CAUSAL_CONDITIONS, ParadigmComponent.CONTEXT, ParadigmComponent.INTERVENING_CONDITIONS);

    /**
     * @param gap the space between two boxes, across and down
     * @param topShare the top row's share of the height left after the gaps
     * @param middleShare the middle row's share of it; the bottom row takes the rest
     * @param coreInset how far the core box stands in from either side, in column widths
     */
    public static ParadigmLayout of(
            Rectangle2D area, double gap, double topShare, double middleShare, double coreInset) {
        double column = (area.getWidth() - 2 * gap) / 3;
        double top = (area.getHeight() - 2 * gap) * topShare;
        double middle = (area.getHeight() - 2 * gap) * middleShare;
        double bottom = area.getHeight() - 2 * gap - top - middle;
        double x = area.getX();
        double y = area.getY();
        double yMiddle = y + top + gap;
        double yBottom = yMiddle + middle + gap;
        double half = (area.getWidth() - 2 * gap) / 2;
        return new ParadigmLayout(
                List.of(
                        new Rectangle2D.Double(x, y, column, top),
                        new Rectangle2D.Double(x + column + gap, y, column, top),
                        new Rectangle2D.Double(x + 2 * (column + gap), y, column, top)),
                new Rectangle2D.Double(
                        x + column * coreInset, yMiddle, area.getWidth() - column * (2 * coreInset), middle),
                new Rectangle2D.Double(x, yBottom, half, bottom),
                new Rectangle2D.Double(x + half + 2 * gap, yBottom, half, bottom));
    }

    /**
     * What a component's box lists: each distinct figure label of its items; for consequences, each with its type and
     * horizon ({@link Labels#consequence}).
     */
    public static List<String> lines(ParadigmModel paradigm, ParadigmComponent component, Labels labels) {
        if (component == ParadigmComponent.CONSEQUENCES) {
            return paradigm.consequences().stream().map(labels::consequence).toList();
        }
        return paradigm.items(component).stream()
                .map(ParadigmItem::figureLabel)
                .distinct()
                .toList();
    }
}
