package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.png.Infographic;
import com.theogen.export.internal.png.NetworkDiagram;
import com.theogen.export.internal.png.PngExportRenderer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngExportRendererTest {

    private final PngExportRenderer renderer = new PngExportRenderer();

    @Test
    void spanishInfographicIsALargePngWithEveryPanelDrawn() throws IOException {
        BufferedImage image = read(ExportTestFiles.render(renderer, SpanishCaregiversReport.build(), "infographic-es"));

        assertThat(image.getWidth()).isEqualTo(Infographic.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Infographic.HEIGHT);
        assertThat(inkShare(image, Infographic.HEADER)).as("title band").isGreaterThan(0.5);
        assertThat(inkShare(image, Infographic.PARADIGM)).as("paradigm boxes").isGreaterThan(0.4);
        assertThat(inkShare(image, Infographic.NETWORK)).as("network").isGreaterThan(0.02);
    }

    @Test
    void englishAndStressInfographicsRenderEveryPanel() throws IOException {
        for (var entry : java.util.Map.of(
                        "infographic-en", EnglishCaregiversReport.build(), "infographic-stress", StressReport.build())
                .entrySet()) {
            BufferedImage image = read(ExportTestFiles.render(renderer, entry.getValue(), entry.getKey()));
            assertThat(inkShare(image, Infographic.PARADIGM)).as(entry.getKey()).isGreaterThan(0.4);
            assertThat(inkShare(image, Infographic.NETWORK)).as(entry.getKey()).isGreaterThan(0.02);
        }
    }

    @Test
    void noNetworkEdgeRunsUnderALabel() {
        for (TheoryReport report : java.util.List.of(SpanishCaregiversReport.build(), StressReport.build())) {
            Rectangle2D area = new Rectangle2D.Double(10, 10, 1180, 780);
            var layout = NetworkDiagram.layout(report, area, 19f);
            BufferedImage edges = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = edges.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 1200, 800);
            NetworkDiagram.drawEdges(g, report, layout, area, 19f);
            g.dispose();
            assertThat(inkShare(edges, area)).as("edges are drawn").isGreaterThan(0.002);
            for (var node : layout.nodes()) {
                assertThat(inkShare(edges, node.labelBox()))
                        .as("edge pixels under the label of %s", node.name())
                        .isZero();
            }
        }
    }

    @Test
    void declaresPngContentTypeAndExtension() {
        assertThat(renderer.contentType()).isEqualTo("image/png");
        assertThat(renderer.fileExtension()).isEqualTo("png");
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    /** Share of pixels in the area that are not white paper. */
    static double inkShare(BufferedImage image, Rectangle2D area) {
        int inked = 0;
        int total = 0;
        for (int y = (int) area.getMinY(); y < (int) area.getMaxY(); y += 2) {
            for (int x = (int) area.getMinX(); x < (int) area.getMaxX(); x += 2) {
                total++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (double) total;
    }
}
