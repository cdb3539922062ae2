package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.png.Infographic;
import com.theogen.export.internal.png.NetworkLayout;
import com.theogen.export.internal.png.NetworkLayout.PlacedNode;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    @Test
    void twelveCategoriesGetLabelsThatNeverOverlapAndStayInside() {
        TheoryReport report = StressReport.build(12, 7, 20, 1, 2);
        assertNoOverlaps(layout(report, Infographic.NETWORK, 19f), Infographic.NETWORK, 12);
    }

    @Test
    void denseTwentyFiveCategoryNetworkStillHasNoOverlappingLabels() {
        TheoryReport report = StressReport.build();
        assertThat(report.network().coOccurrence()).hasSizeGreaterThan(80);
        assertNoOverlaps(layout(report, Infographic.NETWORK, 19f), Infographic.NETWORK, 25);
    }

    @Test
    void fiftyCategoriesInASmallAreaFallBackWithoutOverlaps() {
        TheoryReport report = StressReport.build(50, 5, 10, 1, 1);
        Rectangle2D small = new Rectangle2D.Double(0, 0, 900, 600);
        NetworkLayout.Result result = layout(report, small, 19f);
        assertNoOverlaps(result, small, 50);
        assertThat(result.fontSize()).as("labels shrink to fit").isLessThan(19f);
    }

    @Test
    void demoNetworkPutsTheCoreCategoryNearTheCentre() {
        TheoryReport report = SpanishCaregiversReport.build();
        NetworkLayout.Result result = layout(report, Infographic.NETWORK, 19f);
        assertNoOverlaps(result, Infographic.NETWORK, 7);
        PlacedNode core =
                result.nodes().stream().filter(PlacedNode::core).findFirst().orElseThrow();
        assertThat(core.name()).isEqualTo(report.coreCategory().name());
        double distance =
                Math.hypot(core.cx() - Infographic.NETWORK.getCenterX(), core.cy() - Infographic.NETWORK.getCenterY());
        assertThat(distance).isLessThan(Infographic.NETWORK.getWidth() / 4);
    }

    private static NetworkLayout.Result layout(TheoryReport report, Rectangle2D area, float size) {
        return NetworkLayout.layout(
                report.network().centrality(),
                report.network().coOccurrence(),
                report.coreCategory().name(),
                area,
                ReportFonts.awt(ReportFonts.Style.REGULAR, size));
    }

    private static void assertNoOverlaps(NetworkLayout.Result result, Rectangle2D area, int expected) {
        List<PlacedNode> nodes = result.nodes();
        assertThat(nodes).hasSize(expected);
        for (int i = 0; i < nodes.size(); i++) {
            PlacedNode a = nodes.get(i);
            assertThat(area.contains(a.footprint()))
                    .as("%s inside the panel", a.name())
                    .isTrue();
            for (int j = i + 1; j < nodes.size(); j++) {
                PlacedNode b = nodes.get(j);
                assertThat(a.labelBox().intersects(b.labelBox()))
                        .as("labels of %s and %s", a.name(), b.name())
                        .isFalse();
                assertThat(a.footprint().intersects(b.footprint()))
                        .as("%s and %s (circle and label)", a.name(), b.name())
                        .isFalse();
            }
        }
    }
}
