package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.ReportFonts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Writes exports as images under {@code target/export-previews/} (every PDF page, every slide, the infographic)
 * so a person can look at them, and checks each image has ink on it.
 */
final class Previews {

    static final Path DIR = Path.of("target", "export-previews");

    private Previews() {}

    /** Renders every page to {@code <name>-page-<n>.png}; returns the page count. */
    static int pdfPages(byte[] pdf, String name) throws IOException {
        Files.createDirectories(DIR);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 60);
                assertThat(inked(page)).as(name + " page " + (i + 1)).isTrue();
                ImageIO.write(
                        page,
                        "png",
                        DIR.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            }
            return document.getNumberOfPages();
        }
    }

    /** Renders every slide to {@code <name>-slide-<n>.png}; returns the slide count. */
    static int slides(byte[] pptx, String name) throws IOException {
        Files.createDirectories(DIR);
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            double scale = 1.0;
            int w = (int) (deck.getPageSize().width * scale);
            int h = (int) (deck.getPageSize().height * scale);
            int n = 0;
            for (XSLFSlide slide : deck.getSlides()) {
                useBundledFont(slide.getShapes());
                BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setPaint(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setTransform(AffineTransform.getScaleInstance(scale, scale));
                slide.draw(g);
                g.dispose();
                n++;
                assertThat(inked(image)).as(name + " slide " + n).isTrue();
                ImageIO.write(
                        image, "png", DIR.resolve(name + "-slide-" + n + ".png").toFile());
            }
            return n;
        }
    }

    /**
     * Slides name Arial; Office draws it, LibreOffice substitutes its metric twin Liberation Sans. POI 5.5 sets
     * the run's typeface as the AWT font directly (a font manager or font map hint is not consulted for runs),
     * and Java falls back to DejaVu Sans, a wider face, for a missing Arial, so the preview's copy of the deck is
     * switched to the bundled Liberation Sans before drawing.
     */
    static void useBundledFont(List<? extends XSLFShape> shapes) {
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFGroupShape group) {
                useBundledFont(group.getShapes());
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(row -> row.getCells().forEach(Previews::useBundledFont));
            } else if (shape instanceof XSLFTextShape text) {
                useBundledFont(text);
            }
        }
    }

    private static void useBundledFont(XSLFTextShape text) {
        for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
            if (ReportFonts.OFFICE_FAMILY.equals(paragraph.getBulletFont())) {
                paragraph.setBulletFont(ReportFonts.awtFamily());
            }
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                run.setFontFamily(ReportFonts.awtFamily());
            }
        }
    }

    /** Writes the infographic to {@code <name>-infographic.png}. */
    static BufferedImage infographic(byte[] png, String name) throws IOException {
        Files.createDirectories(DIR);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(inked(image)).as(name + " infographic").isTrue();
        ImageIO.write(image, "png", DIR.resolve(name + "-infographic.png").toFile());
        return image;
    }

    static boolean inked(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
