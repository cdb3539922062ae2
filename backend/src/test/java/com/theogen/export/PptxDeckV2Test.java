package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.export.internal.pptx.SlideTextMetric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** The deck read back with POI: speaker notes, the saturation chart, balanced slides, quotes shown once. */
class PptxDeckV2Test {

    private final PptxExportRenderer renderer = new PptxExportRenderer();

    @Test
    void everySlideButTheCoverHasNotesAndTheNotesHoldEveryQuoteWithItsTimeAndLink() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XMLSlideShow deck = render(report, "deck-v2-es")) {
            StringBuilder all = new StringBuilder();
            for (XSLFSlide slide : deck.getSlides().subList(1, deck.getSlides().size())) {
                String notes = notes(slide);
                assertThat(notes)
                        .as("notes of '%s'", PptxExportRendererTest.title(slide))
                        .isNotBlank();
                all.append(notes).append('\n');
            }
            String flat = PdfExportRendererTest.flat(all.toString());
            for (EvidenceQuote q : report.allQuotes()) {
                assertThat(flat).contains(PdfExportRendererTest.flat(q.text()));
                assertThat(flat).contains(report.links().quote(q));
                if (!q.time().isEmpty()) {
                    assertThat(flat).contains("[" + q.time() + "]");
                }
            }
        }
    }

    @Test
    void saturationSlideIsANativeChartOfNewAndCumulativeCodes() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XMLSlideShow deck = render(report, "deck-v2-es")) {
            XSLFSlide slide = deck.getSlides().stream()
                    .filter(s -> PptxExportRendererTest.title(s).equals("Saturación"))
                    .findFirst()
                    .orElseThrow();
            List<XSLFChart> charts = deck.getCharts();
            assertThat(charts).hasSize(1);
            assertThat(slide.getRelations()).contains(charts.get(0));
            var frame = slide.getShapes().stream()
                    .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFGraphicFrame f && f.hasChart())
                    .findFirst()
                    .orElseThrow();
            assertThat(frame.getAnchor().getWidth()).as("chart width in points").isBetween(400.0, 960.0);
            assertThat(frame.getAnchor().getMaxY()).isLessThanOrEqualTo(540.0);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data.get(0)).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.get(1)).isInstanceOf(XDDFLineChartData.class);
            assertThat(data.get(0).getSeries(0).getValuesData().getPointCount())
                    .isEqualTo(report.saturation().size());
            assertThat(data.get(1)
                            .getSeries(0)
                            .getValuesData()
                            .getPointAt(report.saturation().size() - 1))
                    .isEqualTo((double) report.saturation()
                            .get(report.saturation().size() - 1)
                            .cumulativeCodes());
        }
    }

    @Test
    void continuedSlidesAreBalancedNotAFullSlideAndAOneLiner() throws IOException {
        try (XMLSlideShow deck = render(StressReport.build(), "deck-v2-stress")) {
            List<XSLFSlide> slides = deck.getSlides();
            int checked = 0;
            for (int i = 1; i < slides.size(); i++) {
                String title = PptxExportRendererTest.title(slides.get(i));
                if (!title.endsWith("(cont.)") || title.startsWith("Consecuencias") || title.startsWith("Vacíos")) {
                    continue;
                }
                String base = title.replace(" (cont.)", "");
                List<Double> heights = new ArrayList<>();
                for (XSLFSlide s : slides) {
                    String t = PptxExportRendererTest.title(s);
                    if (t.equals(base) || t.equals(title)) {
                        heights.add(SlideTextMetric.requiredHeight(body(s)));
                    }
                }
                double min =
                        heights.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max =
                        heights.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertThat(min / max).as("%s: %s", title, heights).isGreaterThan(0.5);
                checked++;
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void aClaimThatAlreadyQuotesItsEvidenceDoesNotShowTheQuoteAgain() throws IOException {
        TheoryReport base = SpanishCaregiversReport.build();
        Proposition first = base.propositions().get(0);
        EvidenceQuote quote = first.evidence().get(0);
        List<Proposition> propositions = new ArrayList<>(base.propositions());
        propositions.set(
                0,
                new Proposition(
                        first.id(), first.text() + " Como dijo una cuidadora: " + quote.text(), first.evidence()));
        TheoryReport report = new TheoryReport(
                        base.projectTitle(),
                        base.researchQuestion(),
                        base.language(),
                        base.template(),
                        base.theoryVersion(),
                        base.generatedAt(),
                        base.generatedBy(),
                        base.degraded(),
                        base.executiveSummary(),
                        base.coreCategory(),
                        base.paradigm(),
                        propositions,
                        base.gaps(),
                        base.samplingPlan(),
                        base.network(),
                        base.saturation(),
                        base.codebook(),
                        base.verification(),
                        base.manifest(),
                        ReportLinks.NONE)
                .withLinks(base.links());
        try (XMLSlideShow deck = render(report, "deck-v2-quoted")) {
            for (XSLFSlide slide : deck.getSlides()) {
                String text = PptxExportRendererTest.allText(slide);
                for (EvidenceQuote q : report.allQuotes()) {
                    assertThat(occurrences(text, q.text()))
                            .as("'%s' on slide %d", q.text(), slide.getSlideNumber())
                            .isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void methodSlideNamesThePromptVersionsOrSaysNoPromptWasSent() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XMLSlideShow deck = render(report, "deck-v2-es")) {
            String method = PptxExportRendererTest.allText(method(deck));
            for (RunManifest.PromptVersion p : report.manifest().promptVersions()) {
                assertThat(method).contains(p.stage() + ": " + p.prompt());
            }
        }
        try (XMLSlideShow deck = render(EnglishCaregiversReport.build(), "deck-v2-en")) {
            String method = PdfExportRendererTest.flat(PptxExportRendererTest.allText(method(deck)));
            assertThat(method).contains("Prompt versions");
            if (EnglishCaregiversReport.build().manifest().promptVersions().isEmpty()) {
                assertThat(method).contains("No prompt was sent");
            }
        }
    }

    private static XSLFSlide method(XMLSlideShow deck) {
        List<XSLFSlide> slides = deck.getSlides();
        return slides.get(slides.size() - 1);
    }

    private static XSLFTextShape body(XSLFSlide slide) {
        XSLFTextShape biggest = null;
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t
                    && (biggest == null
                            || t.getAnchor().getHeight() > biggest.getAnchor().getHeight())) {
                biggest = t;
            }
        }
        return biggest;
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private XMLSlideShow render(TheoryReport report, String name) throws IOException {
        byte[] bytes = ExportTestFiles.render(renderer, report, name);
        Previews.slides(bytes, name);
        return new XMLSlideShow(new ByteArrayInputStream(bytes));
    }
}
