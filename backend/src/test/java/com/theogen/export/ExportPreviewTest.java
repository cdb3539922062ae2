package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.ReportFonts;
import com.theogen.export.internal.TranscriptSet;
import com.theogen.export.internal.pdf.PdfExportRenderer;
import com.theogen.export.internal.pdf.TranscriptPdfWriter;
import com.theogen.export.internal.png.PngExportRenderer;
import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;

/**
 * Renders exports to images under {@code target/export-previews/} so a person can look at them (pages, slides,
 * the infographic, a transcript), and checks every image actually has ink on it.
 */
class ExportPreviewTest {

    static final Path DIR = Path.of("target", "export-previews");

    @Test
    void everyPdfPageSlideAndTheInfographicRenderToNonBlankImages() throws IOException {
        Files.createDirectories(DIR);
        for (var entry : List.of(
                java.util.Map.entry("es", SpanishCaregiversReport.build()),
                java.util.Map.entry("en", EnglishCaregiversReport.build()),
                java.util.Map.entry("stress", StressReport.build()))) {
            String name = entry.getKey();
            TheoryReport report = entry.getValue();
            int pages = pdfPages(ExportTestFiles.render(new PdfExportRenderer(), report, "preview-" + name), name);
            int slides = slides(ExportTestFiles.render(new PptxExportRenderer(), report, "preview-" + name), name);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                    ExportTestFiles.render(new PngExportRenderer(), report, "preview-" + name)));
            ImageIO.write(png, "png", DIR.resolve(name + "-infographic.png").toFile());
            assertThat(pages).as(name + " pages").isGreaterThan(5);
            assertThat(slides).as(name + " slides").isGreaterThanOrEqualTo(11);
        }
    }

    @Test
    void transcriptPdfRendersReadablePages() throws IOException {
        Files.createDirectories(DIR);
        UUID interview = UUID.randomUUID();
        InterviewSummary summary = new InterviewSummary(
                interview,
                UUID.randomUUID(),
                "Ana Pérez",
                "ana.vtt",
                InterviewFormat.VTT,
                Language.ES,
                "ready",
                40,
                200,
                3,
                List.of("Entrevistadora", "Ana"),
                true,
                Instant.parse("2026-03-01T10:00:00Z"));
        List<TranscriptSet.Line> lines = List.of(
                line(interview, 0, "Entrevistadora", "¿Cómo empezó a cuidar a su madre?", 1000L, 5000L, List.of()),
                line(
                        interview,
                        1,
                        "Ana",
                        "Fue en 2019 → la enfermedad avanzó ≥ 3 años y “todo cambió” para la niña" + " y para mí. "
                                + "Tuve que reducir la jornada y pedir ayuda a mi hermana. ".repeat(6),
                        65_500L,
                        72_000L,
                        List.of("Conciliación ≥ empleo", "Apoyo familiar")),
                line(interview, 2, null, "(silencio)", null, null, List.of()));
        TranscriptSet set = new TranscriptSet(
                "Cuidado informal — niñez",
                Language.ES,
                Instant.now(),
                true,
                true,
                true,
                List.of(new TranscriptSet.Interview(summary, lines)));

        int pages = pdfPages(TranscriptPdfWriter.write(set), "transcript");

        assertThat(pages).isEqualTo(1);
    }

    private static TranscriptSet.Line line(
            UUID interview, int ordinal, String speaker, String text, Long start, Long end, List<String> codes) {
        return new TranscriptSet.Line(
                new Fragment(
                        UUID.randomUUID(),
                        interview,
                        UUID.randomUUID(),
                        ordinal,
                        speaker,
                        text,
                        0,
                        text.length(),
                        start,
                        end),
                codes);
    }

    private static int pdfPages(byte[] pdf, String name) throws IOException {
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

    private static int slides(byte[] pptx, String name) throws IOException {
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
                // slides name Arial; draw them with its metric twin, the bundled Liberation Sans, as Office would
                g.setRenderingHint(
                        org.apache.poi.sl.draw.Drawable.FONT_MAP,
                        java.util.Map.of(ReportFonts.OFFICE_FAMILY, ReportFonts.awtFamily()));
                g.setPaint(java.awt.Color.WHITE);
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

    private static boolean inked(BufferedImage image) {
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
