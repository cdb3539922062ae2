package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.pdf.PdfExportRenderer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class PdfExportRendererTest {

    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    private final PdfExportRenderer renderer = new PdfExportRenderer();

    @Test
    void spanishReportHasEverySectionInContentsAndBody() throws IOException {
        try (PDDocument pdf = render(SpanishCaregiversReport.build(), "report-es")) {
            String text = text(pdf);
            List<String> sections = List.of(
                    "1. Resumen ejecutivo",
                    "2. Categoría central",
                    "3. Modelo paradigmático",
                    "4. Consecuencias",
                    "5. Proposiciones",
                    "6. Vacíos y muestreo teórico",
                    "7. Red de categorías",
                    "8. Saturación",
                    "9. Libro de códigos",
                    "10. Anexo metodológico");
            assertThat(text).contains("Índice");
            for (String section : sections) {
                assertThat(countOf(text, section))
                        .as(section + " in contents and as a heading")
                        .isGreaterThanOrEqualTo(2);
            }
            assertThat(text)
                    .contains(
                            "Condiciones causales",
                            "Contexto",
                            "Condiciones intervinientes",
                            "Estrategias de acción/interacción",
                            "Fenómeno",
                            "Plan de muestreo teórico",
                            "Centralidad",
                            "Coocurrencia",
                            "Curva de saturación",
                            "Versiones de los prompts",
                            "Recortes por presupuesto de tokens",
                            "Verificación de la evidencia",
                            "Tiempos por etapa",
                            "Huellas de las entradas");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(sections.size());
        }
    }

    @Test
    void spanishReportCarriesEveryVerifiedQuoteWithItsSourceAndIntactCharacters() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (PDDocument pdf = render(report, "report-es")) {
            String flat = flat(bodyText(pdf));
            String all = flat(text(pdf));
            for (EvidenceQuote quote : report.allQuotes()) {
                assertThat(flat).as("quote %s", quote.fragmentId()).contains(flat(quote.text()));
                String time = quote.time().isEmpty() ? "" : " · [" + quote.time() + "]";
                assertThat(flat)
                        .contains(flat(quote.source() + time + " · [" + quote.charStart() + "–" + quote.charEnd()
                                + "] · Fragmento " + quote.shortFragmentId()));
            }
            assertThat(flat)
                    .contains(
                            "¿Quién más lo iba a hacer?",
                            "“haz lo que tengas que hacer”",
                            "¡Ni se discute!",
                            "cobertura ≥ 100 %",
                            "→ articula el modelo",
                            "Begoña",
                            "Julián");
            for (Proposition p : report.propositions()) {
                assertThat(flat).contains(flat(p.id() + ". " + p.text()));
            }
            assertThat(flat)
                    .contains("Material", "Corto plazo", "Largo plazo", "Institucional", "Alta", "Media", "Baja");
            assertThat(all).contains("Página 3 de " + pdf.getNumberOfPages());
            assertThat(flat).contains("fragments_per_category", "0,231");
        }
    }

    @Test
    void embedsTheBundledUnicodeFontOnly() throws IOException {
        try (PDDocument pdf = render(SpanishCaregiversReport.build(), "report-es")) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("LiberationSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void englishReportUsesEnglishLabelsAndShowsTheDegradedNotice() throws IOException {
        TheoryReport report = EnglishCaregiversReport.build();
        try (PDDocument pdf = render(report, "report-en")) {
            String flat = flat(bodyText(pdf));
            assertThat(flat)
                    .contains(
                            "Contents",
                            "1. Executive summary",
                            "3. Paradigm model",
                            "Causal conditions",
                            "Intervening conditions",
                            "Action/interaction strategies",
                            "Theoretical sampling plan",
                            "10. Methods appendix");
            assertThat(flat(text(pdf))).contains("Page 2 of " + pdf.getNumberOfPages());
            assertThat(flat).contains(flat(report.coreCategory().rationale()));
            assertThat(flat).contains("Produced by the offline analyst");
            assertThat(flat).contains("No trims were needed");
            assertThat(flat).contains("Zoë", "Renée", "José", "“do what you need to do”", "0.231");
            for (EvidenceQuote quote : report.allQuotes()) {
                assertThat(flat).contains(flat(quote.text()));
            }
        }
    }

    @Test
    void stressReportFlowsLongQuotesAndTablesAcrossPages() throws IOException {
        TheoryReport report = StressReport.build();
        try (PDDocument pdf = render(report, "report-stress")) {
            String flat = flat(bodyText(pdf));
            for (EvidenceQuote quote : report.allQuotes()) {
                assertThat(flat).contains(flat(quote.text()));
            }
            for (CodebookEntry entry : report.codebook()) {
                assertThat(flat).contains(entry.code());
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThan(30);
        }
    }

    @Test
    void replacesCharactersTheFontLacksInsteadOfFailing() throws IOException {
        TheoryReport base = SpanishCaregiversReport.build();
        TheoryReport odd = new TheoryReport(
                "Proyecto 🌱 con 中文",
                base.researchQuestion(),
                base.language(),
                base.template(),
                1,
                base.generatedAt(),
                base.generatedBy(),
                false,
                List.of("Resumen\tcon tabulador 😀"),
                base.coreCategory(),
                base.paradigm(),
                base.propositions(),
                List.of(),
                List.of(),
                base.network(),
                List.of(),
                List.of(),
                base.verification(),
                base.manifest(),
                ReportLinks.NONE);
        try (PDDocument pdf = render(odd, "report-unsupported-glyphs")) {
            assertThat(text(pdf))
                    .contains(
                            "Proyecto ? con ??",
                            "No se identificaron vacíos.",
                            "Aún no se ha codificado ninguna entrevista.");
        }
    }

    private PDDocument render(TheoryReport report, String name) throws IOException {
        byte[] bytes = ExportTestFiles.render(renderer, report, name);
        PDDocument pdf = Loader.loadPDF(bytes);
        PDFRenderer pages = new PDFRenderer(pdf);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = pages.renderImageWithDPI(i, 60);
            ImageIO.write(
                    image,
                    "png",
                    ExportTestFiles.path(name + "-page-" + (i + 1) + ".png").toFile());
        }
        return pdf;
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** Text of the page bodies only, so a quote that continues on the next page reads without the footer. */
    static String bodyText(PDDocument pdf) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("body", new Rectangle2D.Float(0, 50, 595, 744));
        StringBuilder text = new StringBuilder();
        for (PDPage page : pdf.getPages()) {
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("body")).append('\n');
        }
        return text.toString();
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
