package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.docx.DocxExportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The Word report read back with POI: styles, contents field, captions, figures, chart, quotes and links. */
class DocxExportRendererTest {

    private final DocxExportRenderer renderer = new DocxExportRenderer();

    @Test
    void spanishReportUsesRealWordStylesForHeadingsQuotesAndCaptions() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XWPFDocument doc = render(report, "report-es")) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Quote").getName()).isEqualTo("Quote");
            assertThat(doc.getStyles().getStyle("Caption").getName()).isEqualTo("caption");
            assertThat(styled(doc, "Title")).containsExactly(report.projectTitle());
            assertThat(styled(doc, "Heading1"))
                    .containsExactly(
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
            assertThat(styled(doc, "Heading2"))
                    .contains("Condiciones causales", "Centralidad", "Plan de muestreo teórico");
            List<String> quotes = styled(doc, "Quote");
            assertThat(quotes).hasSize(report.allQuotes().size());
            for (EvidenceQuote q : report.allQuotes()) {
                assertThat(quotes)
                        .anyMatch(text -> text.equals("«" + q.text() + "»") || text.equals("“" + q.text() + "”"));
            }
            assertThat(quotes)
                    .contains("«Mi jefa me dijo “haz lo que tengas que hacer”, y eso me salvó ese invierno.»");
            assertThat(styled(doc, "Caption"))
                    .contains("Figura 1. Modelo paradigmático — "
                            + report.coreCategory().name())
                    .anyMatch(c -> c.startsWith("Figura 2. Red de categorías"))
                    .anyMatch(c -> c.startsWith("Figura 3. Curva de saturación"))
                    .anyMatch(c -> c.startsWith("Tabla 1. Consecuencias"));
        }
    }

    @Test
    void hasATableOfContentsFieldTwoFiguresANativeChartAndLinkedTimedSources() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XWPFDocument doc = render(report, "report-es")) {
            String xml = doc.getDocument().xmlText();
            assertThat(xml).contains("TOC \\o \"1-2\" \\h \\z \\u");
            assertThat(xml).contains("SEQ Figura");
            assertThat(doc.getAllPictures()).hasSize(2);
            assertThat(doc.getCharts()).hasSize(1);
            assertThat(doc.getCharts().get(0).getChartSeries()).hasSize(2);
            assertThat(doc.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
            List<String> links = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (run instanceof XWPFHyperlinkRun link) {
                        links.add(link.getHyperlink(doc).getURL());
                    }
                }
            }
            for (EvidenceQuote q : report.allQuotes()) {
                assertThat(links).contains(report.links().quote(q));
            }
            assertThat(styled(doc, "QuoteSource")).anyMatch(s -> s.matches(".*·\\s+\\[00:\\d\\d:\\d\\d\\]\\s+·.*"));
        }
    }

    @Test
    void englishReportIsInEnglishWithSingleMarksAroundQuotesThatQuote() throws IOException {
        TheoryReport report = EnglishCaregiversReport.build();
        try (XWPFDocument doc = render(report, "report-en")) {
            assertThat(styled(doc, "Heading1")).contains("1. Executive summary", "10. Methods appendix");
            assertThat(styled(doc, "TOCHeading")).containsExactly("Contents");
            assertThat(styled(doc, "Quote")).anyMatch(q -> q.startsWith("‘") && q.contains("“do what you need to do”"));
            assertThat(styled(doc, "Caption")).anyMatch(c -> c.startsWith("Figure 1. Paradigm model"));
        }
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (style.equals(p.getStyle())) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    private XWPFDocument render(TheoryReport report, String name) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(ExportTestFiles.render(renderer, report, name)));
    }
}
