package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * The category network of a saved theory as the exports place it: the frame, label size and node positions the
 * PNG infographic draws (the same layout engine the PDF, DOCX and PPTX figures use), so the dashboard can show the
 * same picture. Coordinates are pixels from the frame's top-left corner.
 *
 * @param width frame width
 * @param height frame height
 * @param fontSize label size the layout settled on (it shrinks labels of dense networks)
 * @param nodes one per category, in the order of the theory's centrality table
 */
public record NetworkFigure(double width, double height, double fontSize, List<NetworkNode> nodes) {

    public NetworkFigure {
        nodes = List.copyOf(nodes);
    }

    /**
     * @param category the category's name, as in the theory's network summary
     * @param core whether it is the core category
     * @param x centre of its circle
     * @param y centre of its circle
     * @param radius circle radius (grows with PageRank; the core's is larger)
     * @param lines the wrapped label, at most three lines, drawn in {@code label}
     * @param label the box the label lines occupy, under the circle
     */
    public record NetworkNode(
            String category, boolean core, double x, double y, double radius, List<String> lines, LabelBox label) {

        public NetworkNode {
            Objects.requireNonNull(category, "category");
            lines = List.copyOf(lines);
            Objects.requireNonNull(label, "label");
        }
    }

    /** A rectangle: top-left corner and size. */
    public record LabelBox(double x, double y, double width, double height) {}
}
