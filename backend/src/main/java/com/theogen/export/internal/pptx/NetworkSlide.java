package com.theogen.export.internal.pptx;

import com.theogen.export.CoOccurrence;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.png.NetworkDiagram;
import com.theogen.export.internal.png.NetworkLayout;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/**
 * The category network as editable PowerPoint shapes: a line per co-occurring pair (width by shared fragments), a
 * circle per category (size by PageRank, the core in the accent colour) and a white-filled label under it, so lines
 * never run under text. Placed by the same layout as the images; labels are laid out at a larger size than they are
 * set in, which leaves room for the text box insets.
 */
final class NetworkSlide {

    private static final float LABEL_SIZE = 11f;
    private static final float LAYOUT_SIZE = LABEL_SIZE * 1.5f;

    private NetworkSlide() {}

    static void draw(XSLFSlide slide, TheoryReport report, Rectangle2D area) {
        NetworkLayout.Result layout = NetworkDiagram.layout(report, area, LAYOUT_SIZE);
        Map<String, NetworkLayout.PlacedNode> byName = layout.byName();
        int maxShared = NetworkLayout.maxShared(report.network().coOccurrence());
        for (CoOccurrence edge : report.network().coOccurrence()) {
            NetworkLayout.PlacedNode a = byName.get(edge.categoryA());
            NetworkLayout.PlacedNode b = byName.get(edge.categoryB());
            if (a != null && b != null) {
                line(slide, a, b, 0.75 + 4.5 * edge.sharedFragments() / (double) maxShared);
            }
        }
        for (NetworkLayout.PlacedNode node : layout.nodes()) {
            XSLFAutoShape circle = slide.createAutoShape();
            circle.setShapeType(ShapeType.ELLIPSE);
            circle.setAnchor(new Rectangle2D.Double(
                    node.cx() - node.radius(), node.cy() - node.radius(), 2 * node.radius(), 2 * node.radius()));
            circle.setFillColor(node.core() ? ReportPalette.ACCENT : ReportPalette.NODE);
            circle.setLineColor(Color.WHITE);
            circle.setLineWidth(1.5);
            label(slide, node, layout.fontSize() * LABEL_SIZE / LAYOUT_SIZE);
        }
    }

    private static void line(XSLFSlide slide, NetworkLayout.PlacedNode a, NetworkLayout.PlacedNode b, double width) {
        XSLFConnectorShape line = slide.createConnector();
        double x = Math.min(a.cx(), b.cx());
        double y = Math.min(a.cy(), b.cy());
        line.setAnchor(new Rectangle2D.Double(x, y, Math.abs(a.cx() - b.cx()), Math.abs(a.cy() - b.cy())));
        // a connector runs from its anchor's top-left to bottom-right unless flipped
        boolean rising = (b.cx() - a.cx()) * (b.cy() - a.cy()) < 0;
        line.setFlipVertical(rising);
        line.setLineColor(new Color(0x9A, 0xA5, 0xB1));
        line.setLineWidth(width);
    }

    private static void label(XSLFSlide slide, NetworkLayout.PlacedNode node, float size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(node.labelBox());
        box.setFillColor(Color.WHITE);
        Para text = Para.plain(String.join(" ", node.lines()), size)
                .color(node.core() ? ReportPalette.ACCENT : ReportPalette.INK);
        SlideKit.fill(box, List.of(node.core() ? text.bold() : text));
        box.setLeftInset(1);
        box.setRightInset(1);
        box.setTopInset(1);
        box.setBottomInset(1);
        box.getTextParagraphs().forEach(p -> p.setTextAlign(TextAlign.CENTER));
        box.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
