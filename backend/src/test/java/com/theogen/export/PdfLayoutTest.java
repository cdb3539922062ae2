package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.pdf.PdfExportRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF as a researcher sees it: pages rendered to images (filled, nothing off the page, no heading left at the
 * foot of a page), the paradigm as a vector diagram, quotes that link to the transcript and read as one quote.
 */
class PdfLayoutTest {

    private static final float PAGE_W = 595.28f;
    private static final float PAGE_H = 841.89f;
    private static final float BODY_TOP = 70;
    private static final float BODY_BOTTOM = PAGE_H - 64;

    private final PdfExportRenderer renderer = new PdfExportRenderer();

    @Test
    void everyPageButTheFrontMatterAndTheLastIsAtLeastFortyPercentFull() throws IOException {
        for (var entry : fixtures().entrySet()) {
            byte[] bytes = ExportTestFiles.render(renderer, entry.getValue(), "layout-" + entry.getKey());
            Previews.pdfPages(bytes, "layout-" + entry.getKey());
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                PDFRenderer pages = new PDFRenderer(pdf);
                for (int i = 2; i < pdf.getNumberOfPages() - 1; i++) {
                    BufferedImage image = pages.renderImageWithDPI(i, 36);
                    assertThat(emptyShare(image))
                            .as("%s page %d is more than 60 %% empty", entry.getKey(), i + 1)
                            .isLessThanOrEqualTo(0.60);
                }
            }
        }
    }

    @Test
    void noTextLeavesThePageMarginsAndNoPageEndsWithAHeading() throws IOException {
        for (var entry : fixtures().entrySet()) {
            byte[] bytes = ExportTestFiles.render(renderer, entry.getValue(), "layout-" + entry.getKey());
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<List<TextPosition>> pages = glyphs(pdf);
                for (int p = 0; p < pages.size(); p++) {
                    TextPosition lowest = null;
                    for (TextPosition t : pages.get(p)) {
                        assertThat(t.getXDirAdj())
                                .as("%s page %d '%s' left", entry.getKey(), p + 1, t.getUnicode())
                                .isGreaterThanOrEqualTo(PdfMargins.LEFT - 1);
                        assertThat(t.getXDirAdj() + t.getWidthDirAdj())
                                .as("%s page %d '%s' right", entry.getKey(), p + 1, t.getUnicode())
                                .isLessThanOrEqualTo(PAGE_W - PdfMargins.LEFT + 1);
                        assertThat(t.getYDirAdj())
                                .as("%s page %d '%s' bottom", entry.getKey(), p + 1, t.getUnicode())
                                .isLessThanOrEqualTo(PAGE_H - 20);
                        boolean body = t.getYDirAdj() > BODY_TOP - 5 && t.getYDirAdj() < BODY_BOTTOM + 2;
                        if (body && (lowest == null || t.getYDirAdj() > lowest.getYDirAdj())) {
                            lowest = t;
                        }
                    }
                    if (p > 1 && lowest != null) {
                        assertThat(lowest.getFontSizeInPt())
                                .as("%s page %d ends with a heading", entry.getKey(), p + 1)
                                .isLessThan(13f);
                    }
                }
            }
        }
    }

    @Test
    void paradigmIsAVectorDiagramWithTextAndTheReportHasNoRasterImage() throws IOException {
        byte[] bytes = ExportTestFiles.render(renderer, SpanishCaregiversReport.build(), "layout-es");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int forms = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    assertThat(object).isNotInstanceOf(PDImageXObject.class);
                    forms += object instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertThat(forms).as("paradigm and network figures").isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            int paradigmPage = pageOf(pdf, "3. Modelo paradigmático", 3);
            stripper.setStartPage(paradigmPage);
            stripper.setEndPage(paradigmPage);
            String text = PdfExportRendererTest.flat(stripper.getText(pdf));
            assertThat(text)
                    .as("the diagram's boxes are text")
                    .contains(
                            "CATEGORÍA CENTRAL · FENÓMENO", "Condiciones intervinientes", "Malabarismo entre cuidado");
        }
    }

    @Test
    void everyLocatableQuoteLinksToItsPlaceInTheTranscript() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        byte[] bytes = ExportTestFiles.render(renderer, report, "layout-es");
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        EvidenceQuote first = report.paradigm().phenomenon().get(0).evidence().get(0);
        assertThat(uris)
                .contains("https://theogen.example.org/projects/5a1c0000-0000-4000-8000-000000000001/interviews/"
                        + first.interviewId() + "?fragment=" + first.fragmentId() + "&quote=7-"
                        + (7 + first.text().length()));
        assertThat(uris).hasSize(report.allQuotes().size());
        assertThat(uris).allMatch(u -> u.startsWith("https://theogen.example.org/projects/"));

        TheoryReport unlinked = report.withLinks(ReportLinks.NONE);
        try (PDDocument pdf = Loader.loadPDF(ExportTestFiles.render(renderer, unlinked, "layout-es-unlinked"))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getAnnotations())
                        .noneMatch(a -> a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI);
            }
            assertThat(ReadBack.pdfText(ExportTestFiles.render(renderer, unlinked, "layout-es-unlinked")))
                    .doesNotContain("abrir en la transcripción");
        }
    }

    @Test
    void aQuoteThatQuotesSomeoneReadsAsOneQuoteAndTimedQuotesCiteTheirTime() throws IOException {
        String es = PdfExportRendererTest.flat(
                ReadBack.pdfText(ExportTestFiles.render(renderer, SpanishCaregiversReport.build(), "layout-es")));
        assertThat(es)
                .contains("«Mi jefa me dijo “haz lo que tengas que hacer”, y eso me salvó ese invierno.»")
                .doesNotContain("““", "“Mi jefa")
                .contains("[00:")
                .containsPattern("E01 · Marta \\(Marta\\) · \\[00:\\d\\d:\\d\\d\\] · \\[");
        String en = PdfExportRendererTest.flat(
                ReadBack.pdfText(ExportTestFiles.render(renderer, EnglishCaregiversReport.build(), "layout-en")));
        assertThat(en).contains("‘").doesNotContain("““", "””").containsPattern("“do what you need to do”[^”]*’");
    }

    private static int pageOf(PDDocument pdf, String heading, int from) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = from; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            if (stripper.getText(pdf).contains(heading)) {
                return p;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    /** Share of the body's height below the last inked row (the white left at the foot of the page). */
    static double emptyShare(BufferedImage page) {
        double scale = page.getHeight() / PAGE_H;
        int top = (int) (BODY_TOP * scale);
        int bottom = (int) (BODY_BOTTOM * scale);
        int last = top;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    last = y;
                    break;
                }
            }
        }
        return (bottom - last) / (double) (bottom - top);
    }

    private static List<List<TextPosition>> glyphs(PDDocument pdf) throws IOException {
        List<List<TextPosition>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                pages.add(new ArrayList<>());
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                pages.get(pages.size() - 1).add(text);
            }
        };
        stripper.getText(pdf);
        return pages;
    }

    private static Map<String, TheoryReport> fixtures() {
        return Map.of(
                "es", SpanishCaregiversReport.build(),
                "en", EnglishCaregiversReport.build(),
                "stress", StressReport.build());
    }

    /** The body margin of the report layout (PdfFlow.MARGIN_X). */
    private static final class PdfMargins {
        static final float LEFT = 62;
    }
}
