package com.theogen.export;

import static com.theogen.export.PdfExportRendererTest.flat;
import static com.theogen.export.ReasonedCoreReport.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.docx.DocxExportRenderer;
import com.theogen.export.internal.pdf.PdfExportRenderer;
import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.export.internal.xlsx.XlsxExportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * How the core category was chosen (candidates scored on Strauss and Corbin's criteria, the storyline) and each
 * claim's negative cases, read back from every document format; and a theory without them (offline analyst, older
 * versions) shows no empty heading, slide or sheet for them (docs/adr/039).
 */
class CoreChoiceExportTest {

    private static final String RUNNER_UP = "Physical and emotional overload";
    private static final String STRATEGY = "Negotiating shifts, working from home or reduced hours.";

    @Test
    void pdfShowsTheScoredCandidatesTheStorylineAndEachClaimsNegativeCasesWithTheirFragment() throws IOException {
        byte[] pdf = ExportTestFiles.render(new PdfExportRenderer(), ReasonedCoreReport.build(), "core-choice");
        Previews.pdfPages(pdf, "core-choice");
        String text = flat(ReadBack.pdfText(pdf));

        int start = text.indexOf("How it was chosen");
        String choice = text.substring(start, text.indexOf("3. Paradigm model", start));
        assertThat(choice)
                .contains("Candidate", "Central", "Frequent", "Connected", "Abstract", "Explains", "Total", "Reasoning")
                .contains("Juggling care and paid work (chosen) 5 5 5 4 4 23")
                .contains(RUNNER_UP + " 3 4 3 3 2 15")
                .contains(flat(CHOSEN_REASONING))
                .contains("Storyline")
                .contains(STORYLINE.substring(0, 60));
        assertThat(choice.indexOf(RUNNER_UP)).isGreaterThan(choice.indexOf("Juggling care and paid work (chosen)"));

        int strategy = text.indexOf("1. " + STRATEGY);
        int next = text.indexOf("2. Weaving informal networks");
        String underStrategy = text.substring(strategy, next);
        assertThat(underStrategy)
                .contains("Negative cases", STRATEGY_EXCEPTION, "I08 · Tom")
                .contains(EXCEPTION_FRAGMENT.substring(0, 40));
        assertThat(underStrategy.indexOf("Negative cases")).isGreaterThan(underStrategy.indexOf("—"));
        String propositions = text.substring(text.lastIndexOf("5. Propositions"));
        assertThat(propositions).contains(PROPOSITION_EXCEPTION, "No fragment cited.");
        assertThat(text).contains(CONSEQUENCE_EXCEPTION, CONSEQUENCE_FRAGMENT.substring(0, 30));
    }

    @Test
    void docxShowsTheCandidatesTableStorylineAndNegativeCases() {
        String text = flat(ReadBack.docxText(
                ExportTestFiles.render(new DocxExportRenderer(), ReasonedCoreReport.build(), "core-choice")));
        int start = text.indexOf("How it was chosen");
        String choice = text.substring(start, text.indexOf("3. Paradigm model", start));
        assertThat(choice)
                .contains("Core category candidates")
                .contains("Juggling care and paid work (chosen)")
                .contains(RUNNER_UP, RUNNER_UP_REASONING)
                .contains("Storyline: " + STORYLINE.substring(0, 40));
        String underStrategy = text.substring(text.indexOf("1. " + STRATEGY), text.indexOf("2. Weaving informal"));
        assertThat(underStrategy)
                .contains("Negative cases", "– " + STRATEGY_EXCEPTION, EXCEPTION_FRAGMENT, "I08 · Tom");
        assertThat(text).contains(PROPOSITION_EXCEPTION, "No fragment cited.");
    }

    @Test
    void pptxHasOneSlideOnTheCoreChoiceWithTheScoresTableAndTheStoryline() throws IOException {
        byte[] pptx = ExportTestFiles.render(new PptxExportRenderer(), ReasonedCoreReport.build(), "core-choice");
        Previews.slides(pptx, "core-choice");
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> choice = deck.getSlides().stream()
                    .filter(s -> title(s).startsWith("Core category: how it was chosen"))
                    .toList();
            assertThat(choice).hasSize(1);
            int index = deck.getSlides().indexOf(choice.get(0));
            assertThat(title(deck.getSlides().get(index - 1))).isEqualTo("Core category");
            assertThat(title(deck.getSlides().get(index + 1))).isEqualTo("Paradigm model");
            List<List<String>> rows = tableRows(choice.get(0));
            assertThat(rows.get(0)).startsWith("Candidate", "Central", "Frequent", "Connected", "Abstract");
            assertThat(rows.get(1))
                    .containsExactly(
                            "Juggling care and paid work (chosen)", "5", "5", "5", "4", "4", "23", CHOSEN_REASONING);
            assertThat(rows).hasSize(4);
            assertThat(text(choice.get(0))).contains("Storyline", STORYLINE);
        }
    }

    @Test
    void xlsxHasACandidatesSheetAndANegativeCasesSheetAndTheStorylineInTheSummary() {
        Map<String, List<List<String>>> book = ReadBack.workbook(
                ExportTestFiles.render(new XlsxExportRenderer(), ReasonedCoreReport.build(), "core-choice"));
        List<List<String>> candidates = book.get("Core category candidates");
        assertThat(candidates.get(0))
                .containsExactly(
                        "Candidate",
                        "Central",
                        "Frequent",
                        "Connected",
                        "Abstract",
                        "Explains variation",
                        "Total",
                        "Reasoning");
        assertThat(candidates.get(2)).containsExactly(RUNNER_UP, "3", "4", "3", "3", "2", "15", RUNNER_UP_REASONING);
        assertThat(candidates).hasSize(4);

        List<List<String>> negative = book.get("Negative cases");
        assertThat(negative.get(0))
                .startsWith("Component", "Id", "Claim", "Negative case", "Fragment", "Interview", "Speaker", "Quote");
        assertThat(negative).hasSize(4);
        assertThat(negative.get(1))
                .startsWith(
                        "Action/interaction strategies",
                        "1",
                        STRATEGY,
                        STRATEGY_EXCEPTION,
                        "neg-tom-0001",
                        "I08 · Tom",
                        "Tom",
                        EXCEPTION_FRAGMENT);
        assertThat(negative.get(2)).startsWith("Consequences", "1").contains(CONSEQUENCE_EXCEPTION, "I03 · José");
        assertThat(negative.get(3))
                .startsWith("Proposition", "P7")
                .contains(PROPOSITION_EXCEPTION, "No fragment cited.");
        assertThat(book.get("Summary")).contains(List.of("Storyline", STORYLINE));
    }

    @Test
    void aTheoryWithoutCandidatesOrNegativeCasesShowsNoHeadingSlideOrSheetForThem() throws IOException {
        TheoryReport plain = EnglishCaregiversReport.build();
        String pdf = flat(ReadBack.pdfText(ExportTestFiles.render(new PdfExportRenderer(), plain, "core-plain")));
        String docx = flat(ReadBack.docxText(ExportTestFiles.render(new DocxExportRenderer(), plain, "core-plain")));
        for (String text : List.of(pdf, docx)) {
            assertThat(text)
                    .contains("Why it is the core")
                    .doesNotContain("How it was chosen", "Storyline", "Negative cases", "Reasoning");
        }
        byte[] pptx = ExportTestFiles.render(new PptxExportRenderer(), plain, "core-plain");
        assertThat(ReadBack.slideTexts(pptx)).noneMatch(s -> s.contains("how it was chosen"));
        Map<String, List<List<String>>> book =
                ReadBack.workbook(ExportTestFiles.render(new XlsxExportRenderer(), plain, "core-plain"));
        assertThat(book).doesNotContainKeys("Core category candidates", "Negative cases");
        assertThat(book.get("Summary")).noneMatch(row -> row.contains("Storyline"));
    }

    private static List<List<String>> tableRows(XSLFSlide slide) {
        List<List<String>> rows = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    rows.add(row.getCells().stream()
                            .map(c -> c.getText().strip())
                            .toList());
                }
            }
        }
        return rows;
    }

    /** The slide's title: its first text box (the deck draws titles as text boxes, not placeholders). */
    private static String title(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(s -> s instanceof XSLFTextShape box && !box.getText().isBlank())
                .map(s -> ((XSLFTextShape) s).getText().strip())
                .findFirst()
                .orElse("");
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape box) {
                text.append(box.getText()).append('\n');
            }
        }
        return flat(text.toString());
    }
}
