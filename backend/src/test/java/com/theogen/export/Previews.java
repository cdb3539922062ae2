package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.ReportFonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManager;
import org.apache.poi.sl.draw.DrawFontManagerDefault;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Writes exports as images under {@code target/export-previews/} (every PDF page, every slide, the infographic)
 * so a person can look at them, and checks each image has ink on it.
 */
final class Previews {

    static final Path DIR = Path.of("target", "export-previews");

    /**
     * Draws and measures the slides' Arial with the bundled Liberation Sans (same advance widths), the way
     * LibreOffice substitutes it on Linux. (A {@code FONT_MAP} hint is not enough: POI resolves the mapped name
     * through the JVM's font lookup, which falls back to DejaVu Sans, a wider face.)
     */
    static final DrawFontManager LIBERATION = new DrawFontManagerDefault() {
        @Override
        public Font createAWTFont(Graphics2D graphics, FontInfo fontInfo, double size, boolean bold, boolean italic) {
            if (fontInfo == null || !ReportFonts.OFFICE_FAMILY.equals(fontInfo.getTypeface())) {
                return super.createAWTFont(graphics, fontInfo, size, bold, italic);
            }
            // POI resolves the returned font again by its name, with weight and posture as attributes,
            // so the regular face (whose name is the family name) is the one to return.
            return ReportFonts.awt(ReportFonts.Style.REGULAR, (float) size);
        }
    };

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
            double scale = 0.6;
            int w = (int) (deck.getPageSize().width * scale);
            int h = (int) (deck.getPageSize().height * scale);
            int n = 0;
            for (XSLFSlide slide : deck.getSlides()) {
                BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(Drawable.FONT_HANDLER, LIBERATION);
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
