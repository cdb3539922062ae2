package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.export.internal.pptx.SlideTextMetric;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

class PptxExportRendererTest {

    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    private final PptxExportRenderer renderer = new PptxExportRenderer();

    @Test
    void spanishDeckHasTheElevenTopicsInOrder() throws IOException {
        try (XMLSlideShow deck = render(SpanishCaregiversReport.build(), "deck-es")) {
            List<String> titles = deck.getSlides().stream()
                    .skip(1)
                    .map(PptxExportRendererTest::title)
                    .toList();
            assertThat(deck.getSlides()).hasSizeBetween(11, 16);
            assertThat(titles)
                    .containsSubsequence(
                            "Resumen",
                            "Categoría central",
                            "Modelo paradigmático",
                            "Condiciones",
                            "Estrategias de acción/interacción",
                            "Consecuencias",
                            "Proposiciones",
                            "Red de categorías",
                            "Vacíos",
                            "Plan de muestreo teórico",
                            "Método");
            assertThat(allText(deck.getSlides().get(0)))
                    .contains(
                            "Cuidar y trabajar: familias cuidadoras en Valparaíso y Zaragoza",
                            "¿Cómo sostienen",
                            "Plantilla de dominio: Salud");
        }
    }

    @Test
    void everyTextBoxAndTableCellFitsItsShape() throws IOException {
        for (var entry : Map.of(
                        "deck-es", SpanishCaregiversReport.build(),
                        "deck-en", EnglishCaregiversReport.build(),
                        "deck-stress", StressReport.build())
                .entrySet()) {
            try (XMLSlideShow deck = render(entry.getValue(), entry.getKey())) {
                Graphics2D g = measuring();
                for (XSLFSlide slide : deck.getSlides()) {
                    for (XSLFShape shape : slide.getShapes()) {
                        assertFits(entry.getKey(), slide, shape, g);
                    }
                }
            }
        }
    }

    @Test
    void longListsContinueOnFollowingSlidesWithoutLosingItems() throws IOException {
        TheoryReport report = StressReport.build();
        try (XMLSlideShow deck = render(report, "deck-stress")) {
            List<String> titles =
                    deck.getSlides().stream().map(PptxExportRendererTest::title).toList();
            assertThat(titles).contains("Proposiciones (cont.)", "Condiciones (cont.)");
            String text = PdfExportRendererTest.flat(String.join(
                    " ",
                    deck.getSlides().stream()
                            .map(PptxExportRendererTest::allText)
                            .toList()));
            for (Proposition p : report.propositions()) {
                assertThat(text).contains(PdfExportRendererTest.flat(p.id() + ". " + p.text()));
            }
            for (ParadigmItem item : report.paradigm().interveningConditions()) {
                assertThat(text).contains(item.statement());
            }
        }
    }

    @Test
    void englishDeckShowsPropositionsWithQuotesAndTheNetworkAsEditableShapes() throws IOException {
        TheoryReport report = EnglishCaregiversReport.build();
        try (XMLSlideShow deck = render(report, "deck-en")) {
            String text = PdfExportRendererTest.flat(String.join(
                    " ",
                    deck.getSlides().stream()
                            .map(PptxExportRendererTest::allText)
                            .toList()));
            for (Proposition p : report.propositions()) {
                assertThat(text).contains(p.text(), p.evidence().get(0).text());
            }
            assertThat(text).contains("Zoë", "“do what you need to do”", "Produced by the offline analyst");
            XSLFSlide network = deck.getSlides().stream()
                    .filter(s -> title(s).equals("Category network"))
                    .findFirst()
                    .orElseThrow();
            assertThat(network.getShapes()).noneMatch(s -> s instanceof XSLFPictureShape);
            assertThat(network.getShapes().stream()
                            .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFAutoShape a
                                    && a.getShapeType() == org.apache.poi.sl.usermodel.ShapeType.ELLIPSE))
                    .as("a circle per category")
                    .hasSize(report.network().centrality().size());
            assertThat(network.getShapes().stream()
                            .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFConnectorShape))
                    .as("a line per co-occurring pair")
                    .hasSize(report.network().coOccurrence().size());
            assertThat(allText(network)).contains(report.coreCategory().name());
        }
    }

    private static void assertFits(String deck, XSLFSlide slide, XSLFShape shape, Graphics2D g) {
        if (shape instanceof XSLFTable table) {
            double bottom = table.getAnchor().getY();
            for (int r = 0; r < table.getNumberOfRows(); r++) {
                XSLFTableRow row = table.getRows().get(r);
                bottom += table.getRowHeight(r);
                for (int c = 0; c < row.getCells().size(); c++) {
                    XSLFTableCell cell = row.getCells().get(c);
                    double needed = SlideTextMetric.requiredHeight(cell, table.getColumnWidth(c));
                    assertThat(needed)
                            .as("%s slide %d table cell '%s'", deck, slide.getSlideNumber(), cell.getText())
                            .isLessThanOrEqualTo(table.getRowHeight(r));
                }
            }
            assertThat(bottom)
                    .as("%s slide %d table bottom", deck, slide.getSlideNumber())
                    .isLessThanOrEqualTo(500);
        } else if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
            Rectangle2D anchor = text.getAnchor();
            double needed = SlideTextMetric.requiredHeight(text);
            assertThat(needed)
                    .as("%s slide %d '%s'", deck, slide.getSlideNumber(), abbreviate(text.getText()))
                    .isLessThanOrEqualTo(anchor.getHeight());
        }
    }

    private XMLSlideShow render(TheoryReport report, String name) throws IOException {
        byte[] bytes = RENDERED.get(name);
        if (bytes == null) {
            bytes = ExportTestFiles.render(renderer, report, name);
            RENDERED.put(name, bytes);
            try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
                for (XSLFSlide slide : deck.getSlides()) {
                    Previews.useBundledFont(slide.getShapes());
                    BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, 960, 540);
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                    slide.draw(g);
                    g.dispose();
                    ImageIO.write(
                            image,
                            "png",
                            ExportTestFiles.path(name + "-slide-" + slide.getSlideNumber() + ".png")
                                    .toFile());
                }
            }
        }
        return new XMLSlideShow(new ByteArrayInputStream(bytes));
    }

    private static Graphics2D measuring() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        return g;
    }

    /** The slide's title: the first text shape that is not blank. */
    static String title(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(s -> s instanceof XSLFTextShape t && !t.getText().isBlank())
                .map(s -> ((XSLFTextShape) s).getText())
                .findFirst()
                .orElse("");
    }

    static String allText(XSLFSlide slide) {
        List<String> parts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTable table) {
                table.forEach(row -> row.getCells().forEach(c -> parts.add(c.getText())));
            } else if (shape instanceof XSLFTextShape text) {
                parts.add(text.getText());
            }
        }
        return String.join("\n", parts);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
