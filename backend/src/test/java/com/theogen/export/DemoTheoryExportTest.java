package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.shared.Language;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * Exports of REAL theories: generated offline over HTTP on the seeded demo project (Spanish) and on an English
 * project made from the demo's English transcripts, exported in every format over HTTP and read back the way a
 * researcher's tools would. Every file is also written as images under {@code target/export-previews/demo-*}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTheoryExportTest {

    /**
     * Quoted spans: “…” and, in Spanish (its first quotation marks), «…» of more than three words — shorter «…» are
     * category and code names or cue markers, not quotes.
     */
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”|«([^»]*)»");

    @Autowired
    ApiClient api;

    @Autowired
    InterviewFragments fragmentReader;

    @Autowired
    TheoryReportSource reports;

    private final Map<Language, Study> studies = new HashMap<>();

    /** One generated theory per language, its project's fragments, and its four exported files. */
    record Study(
            String token, String project, JsonNode theory, List<Fragment> fragments, Map<ExportFormat, byte[]> files) {}

    @BeforeAll
    void generateTheoriesAndExportThem() {
        for (Language language : Language.values()) {
            String token = api.newUserToken();
            DemoStudy demo = new DemoStudy(api, token);
            String project = language == Language.ES ? demo.spanishDemoProject() : demo.englishProject();
            JsonNode theory = demo.generateTheory(project);
            assertThat(theory.get("language").asText()).isEqualTo(language.code());
            Map<ExportFormat, byte[]> files = new HashMap<>();
            for (ExportFormat format : ExportFormat.values()) {
                files.put(format, export(token, project, theory.get("id").asText(), format));
            }
            DemoPreviews.save(
                    reports.report(
                                    UUID.fromString(project),
                                    UUID.fromString(theory.get("id").asText()))
                            .orElseThrow(),
                    name(language));
            studies.put(
                    language,
                    new Study(token, project, theory, fragmentReader.ofProject(UUID.fromString(project)), files));
        }
    }

    @Test
    void spanishDemoPdfCarriesEverySectionOfTheTheoryWithVerbatimQuotes() throws IOException {
        pdfCarriesEverySection(Language.ES);
    }

    @Test
    void englishDemoPdfCarriesEverySectionOfTheTheoryWithVerbatimQuotes() throws IOException {
        pdfCarriesEverySection(Language.EN);
    }

    @Test
    void spanishDemoDeckHasTheElevenSlidesInSpanishWithVerbatimQuotes() throws IOException {
        deckCarriesTheTheory(Language.ES);
    }

    @Test
    void englishDemoDeckHasTheElevenSlidesInEnglishWithVerbatimQuotes() throws IOException {
        deckCarriesTheTheory(Language.EN);
    }

    @Test
    void spanishDemoWorkbookHasOneEvidenceRowPerQuoteAtItsInterviewOffsets() {
        workbookCarriesTheEvidence(Language.ES);
    }

    @Test
    void englishDemoWorkbookHasOneEvidenceRowPerQuoteAtItsInterviewOffsets() {
        workbookCarriesTheEvidence(Language.EN);
    }

    @Test
    void demoInfographicsAreLargeColouredImages() throws IOException {
        for (Language language : Language.values()) {
            BufferedImage image =
                    Previews.infographic(studies.get(language).files().get(ExportFormat.PNG), name(language));
            assertThat(image.getWidth()).isGreaterThan(1000);
            assertThat(image.getHeight()).isGreaterThan(1000);
            assertThat(colours(image)).as("distinct colours").isGreaterThan(20);
        }
    }

    private void pdfCarriesEverySection(Language language) throws IOException {
        Study study = studies.get(language);
        Labels labels = Labels.of(language);
        byte[] pdf = study.files().get(ExportFormat.PDF);
        Files.createDirectories(Previews.DIR);
        Files.write(Previews.DIR.resolve(name(language) + ".pdf"), pdf);
        assertThat(Previews.pdfPages(pdf, name(language))).isGreaterThan(5);
        String text = flat(ReadBack.pdfText(pdf));
        JsonNode theory = study.theory();

        assertThat(text)
                .contains(
                        labels.get(ReportLabel.REPORT_TITLE),
                        labels.get(ReportLabel.CONTENTS),
                        labels.get(ReportLabel.EXECUTIVE_SUMMARY),
                        labels.get(ReportLabel.CORE_CATEGORY),
                        labels.get(ReportLabel.WHY_CORE),
                        flat(theory.get("core_category").get("name").asText()),
                        flat(theory.get("core_category").get("why").asText()),
                        labels.get(ReportLabel.PHENOMENON),
                        labels.get(ReportLabel.CAUSAL_CONDITIONS),
                        labels.get(ReportLabel.CONTEXT),
                        labels.get(ReportLabel.INTERVENING_CONDITIONS),
                        labels.get(ReportLabel.STRATEGIES),
                        labels.get(ReportLabel.CONSEQUENCES),
                        labels.get(ReportLabel.SEVERITY),
                        labels.get(ReportLabel.SAMPLING_PLAN),
                        labels.get(ReportLabel.CENTRALITY),
                        labels.get(ReportLabel.CO_OCCURRENCE),
                        labels.get(ReportLabel.SATURATION_CURVE),
                        labels.get(ReportLabel.METHODS_APPENDIX),
                        labels.get(ReportLabel.QUOTES_CHECKED),
                        labels.get(ReportLabel.PROMPT_VERSIONS),
                        labels.get(ReportLabel.INPUT_HASHES));
        for (JsonNode c : theory.get("consequences")) {
            assertThat(text).contains(flat(c.get("statement").asText()));
        }
        for (JsonNode p : theory.get("propositions")) {
            assertThat(text).contains(p.get("id").asText(), flat(p.get("text").asText()));
            for (JsonNode e : p.get("evidence")) {
                assertThat(text)
                        .contains(
                                flat(e.get("quote").asText()),
                                e.get("interview_label").asText());
            }
        }
        for (JsonNode g : theory.get("gaps")) {
            assertThat(text).contains(flat(g.get("description").asText()));
        }
        assertNoRawText(text);
        assertEveryQuotedSpanIsInAFragment(text, study);
    }

    private void deckCarriesTheTheory(Language language) throws IOException {
        Study study = studies.get(language);
        Labels labels = Labels.of(language);
        byte[] pptx = study.files().get(ExportFormat.PPTX);
        Files.write(Previews.DIR.resolve(name(language) + ".pptx"), pptx);
        assertThat(Previews.slides(pptx, name(language))).isGreaterThanOrEqualTo(11);
        String text = flat(String.join("\n", ReadBack.slideTexts(pptx)));

        assertThat(text)
                .contains(
                        flat(study.theory().get("core_category").get("name").asText()),
                        labels.get(ReportLabel.PARADIGM_MODEL),
                        labels.get(ReportLabel.CAUSAL_CONDITIONS),
                        labels.get(ReportLabel.STRATEGIES),
                        labels.get(ReportLabel.CONSEQUENCES),
                        labels.get(ReportLabel.PROPOSITIONS),
                        labels.get(ReportLabel.NETWORK),
                        labels.get(ReportLabel.GAPS),
                        labels.get(ReportLabel.METHOD));
        for (JsonNode p : study.theory().get("propositions")) {
            assertThat(text).contains(p.get("id").asText());
        }
        assertNoRawText(text);
        assertEveryQuotedSpanIsInAFragment(text, study);
    }

    private void workbookCarriesTheEvidence(Language language) {
        Study study = studies.get(language);
        Labels labels = Labels.of(language);
        Map<String, List<List<String>>> sheets = ReadBack.workbook(study.files().get(ExportFormat.XLSX));
        assertThat(sheets.keySet())
                .contains(
                        labels.get(ReportLabel.SUMMARY),
                        labels.get(ReportLabel.PARADIGM),
                        labels.get(ReportLabel.PROPOSITIONS),
                        labels.get(ReportLabel.EVIDENCE),
                        labels.get(ReportLabel.CENTRALITY),
                        labels.get(ReportLabel.CO_OCCURRENCE),
                        labels.get(ReportLabel.GAPS),
                        labels.get(ReportLabel.CODEBOOK),
                        labels.get(ReportLabel.MANIFEST));
        Map<UUID, Fragment> byId = new HashMap<>();
        study.fragments().forEach(f -> byId.put(f.id(), f));
        List<List<String>> evidence = sheets.get(labels.get(ReportLabel.EVIDENCE));
        assertThat(evidence.size() - 1).isEqualTo(paradigmAndPropositionQuotes(study.theory()));
        for (List<String> row : evidence.subList(1, evidence.size())) {
            Fragment fragment = byId.get(UUID.fromString(row.get(3)));
            assertThat(fragment).as("fragment of " + row).isNotNull();
            int start = Integer.parseInt(row.get(7).replaceAll("\\D", "")) - fragment.charStart();
            int end = Integer.parseInt(row.get(8).replaceAll("\\D", "")) - fragment.charStart();
            assertThat(fragment.text().substring(start, end)).isEqualTo(row.get(6));
        }
        List<List<String>> gaps = sheets.get(labels.get(ReportLabel.GAPS));
        assertThat(gaps).hasSize(study.theory().get("gaps").size() + 1);
        List<String> severities =
                List.of(labels.get(ReportLabel.HIGH), labels.get(ReportLabel.MEDIUM), labels.get(ReportLabel.LOW));
        gaps.subList(1, gaps.size()).forEach(row -> assertThat(row).containsAnyElementsOf(severities));
        List<List<String>> paradigm = sheets.get(labels.get(ReportLabel.PARADIGM));
        assertThat(paradigm.stream().map(r -> r.get(0)).distinct().count() - 1)
                .as("paradigm components with items")
                .isEqualTo(componentsWithItems(study.theory()));
        sheets.values().forEach(rows -> rows.forEach(row -> assertNoRawText(String.join(" | ", row))));
    }

    private static long componentsWithItems(JsonNode theory) {
        long n = theory.get("consequences").isEmpty() ? 0 : 1;
        for (String component :
                List.of("phenomenon", "causal_conditions", "context", "intervening_conditions", "strategies")) {
            n += theory.get("paradigm").get(component).isEmpty() ? 0 : 1;
        }
        return n;
    }

    /** Quotes per claim, each counted once (a report does not repeat the same words from one interview). */
    private static int paradigmAndPropositionQuotes(JsonNode theory) {
        List<JsonNode> items = new ArrayList<>();
        for (String component :
                List.of("phenomenon", "causal_conditions", "context", "intervening_conditions", "strategies")) {
            theory.get("paradigm").get(component).forEach(items::add);
        }
        theory.get("consequences").forEach(items::add);
        theory.get("propositions").forEach(items::add);
        int n = 0;
        for (JsonNode item : items) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonNode e : item.get("evidence")) {
                n += seen.add(e.get("interview_id").asText() + "|"
                                + e.get("quote").asText().strip())
                        ? 1
                        : 0;
            }
        }
        return n;
    }

    /** Text between “ and ” that is not a category name (statements quote category names) is a quote. */
    private static void assertEveryQuotedSpanIsInAFragment(String text, Study study) {
        List<Fragment> fragments = study.fragments();
        java.util.Set<String> categories = new java.util.HashSet<>();
        study.theory()
                .get("network_summary")
                .get("centrality")
                .forEach(c -> categories.add(flat(c.get("name").asText())));
        List<String> corpus = fragments.stream().map(f -> flat(f.text())).toList();
        Matcher m = QUOTED.matcher(text);
        List<String> missing = new ArrayList<>();
        int quotes = 0;
        while (m.find()) {
            String quote = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (categories.contains(quote) || (m.group(2) != null && quote.split("\\s+").length <= 3)) {
                continue;
            }
            quotes++;
            if (corpus.stream().noneMatch(f -> f.contains(quote))) {
                missing.add(quote);
            }
        }
        assertThat(quotes).as("quotes in the file").isPositive();
        assertThat(missing).as("quotes not verbatim in any fragment").isEmpty();
    }

    private static void assertNoRawText(String text) {
        assertThat(text)
                .doesNotContain("null", "Optional[", "{\"", "=[", "SHORT_TERM", "LONG_TERM", "short_term")
                .doesNotContain("LOW_COVERAGE", "NOT_SATURATED", "THIN_EVIDENCE", "no data", "�");
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y) & 0xF0F0F0);
            }
        }
        return seen.size();
    }

    private byte[] export(String token, String project, String theory, ExportFormat format) {
        JsonNode view = api.http()
                .post()
                .uri("/api/projects/" + project + "/theories/" + theory + "/export?format=" + format.extension())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(view.get("status").asText()).isEqualTo("ready");
        byte[] body =
                Downloads.get(api, token, view.get("download_url").asText()).getResponseBody();
        assertThat(body).hasSize(view.get("size_bytes").asInt());
        return body;
    }

    /** Whitespace collapsed, the way a reader sees text wrapped over lines. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String name(Language language) {
        return "demo-" + language.code();
    }
}
