package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.coding.Codebooks;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportRenderer;
import com.theogen.export.TheoryReport;
import com.theogen.export.TheoryReportSource;
import com.theogen.interview.InterviewFragments;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** The whole theory flow over HTTP on the demo project, offline (the embedded default). */
@IntegrationTest
class TheoryFlowTest {

    @Autowired
    ApiClient api;

    @Autowired
    InterviewFragments fragments;

    @Autowired
    Codebooks codebooks;

    @Autowired
    TheoryReportSource reports;

    @Autowired
    List<ExportRenderer> renderers;

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void generatesAVerifiedTheoryForTheSpanishDemoProjectAndItsReportRendersAsPdf() throws Exception {
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.demoProject(token);

        JsonNode theory = generateAndRead(theories, token, project);

        assertThat(theory.get("language").asText()).isEqualTo("es");
        assertThat(theory.get("manifest").get("language").asText()).isEqualTo("es");
        // the demo uses the health template: whom to interview next is named in Spanish, as the project is
        assertThat(theory.get("sampling_plan")).isNotEmpty().allSatisfy(step -> assertThat(
                        step.get("actor").asText())
                .isIn(
                        "pacientes",
                        "personas cuidadoras",
                        "enfermeras",
                        "médicos",
                        "gestores de salud",
                        "agentes comunitarios de salud"));
        TheoryReport report = reports.report(
                        UUID.fromString(project),
                        UUID.fromString(theory.get("id").asText()))
                .orElseThrow();
        assertThat(report.coreCategory().name())
                .isEqualTo(theory.get("core_category").get("name").asText());
        ExportRenderer pdf = renderers.stream()
                .filter(r -> r.format() == ExportFormat.PDF)
                .findFirst()
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(report, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Categoría central",
                            "Modelo paradigmático",
                            report.coreCategory().name());
        }
    }

    @Test
    void generatesAVerifiedTheoryForAnEnglishProjectAndKeepsVersionsInHistory() {
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.demoProject(token);
        theories.setLanguage(token, project, "en");

        JsonNode first = generateAndRead(theories, token, project);
        JsonNode second = generateAndRead(theories, token, project);

        assertThat(first.get("language").asText()).isEqualTo("en");
        assertThat(first.get("core_category").get("why").asText()).isNotBlank();
        assertThat(List.of(first.get("version").asInt(), second.get("version").asInt()))
                .containsExactly(1, 2);
        JsonNode history = theories.history(token, project);
        assertThat(history.get("total_items").asInt()).isEqualTo(2);
        assertThat(history.get("items").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(history.get("items").get(0).get("central_category").asText())
                .isEqualTo(second.get("core_category").get("name").asText());
        String theoryId = second.get("id").asText();
        assertThat(memo(token, project, theoryId)).isEqualTo(201);
        String stranger = api.newUserToken();
        String strangersProject = api.createProject(stranger, Map.of("name", "Elsewhere"))
                .get("id")
                .asText();
        assertThat(memo(stranger, strangersProject, theoryId))
                .as("a memo may not link to another user's theory")
                .isEqualTo(404);
    }

    private int memo(String token, String project, String theoryId) {
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/memos")
                .header("Authorization", "Bearer " + token)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "About this version", "theory_id", theoryId))
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }

    @Test
    void switchingTheRouteFlagAtRuntimeSendsTheNextRunThroughTheLegacyRoute() {
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.demoProject(token);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("theory-flag", Map.of("theogen.theory.route", "legacy")));
        try {
            String task = theories.start(token, project);
            JsonNode status = theories.awaitEnd(token, project, task);
            assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("completed");
            Set<String> steps = new HashSet<>();
            status.get("steps").forEach(s -> steps.add(s.get("step").asText()));
            assertThat(steps).contains("legacy_theory").doesNotContain("build_paradigm");
            JsonNode theory =
                    theories.theory(token, project, status.get("theory_id").asText());
            assertThat(theory.get("route").asText()).isEqualTo("legacy");
            assertThat(theory.get("manifest").get("route_reason").asText()).contains("route legacy");
            TheoryAssertions.everyQuoteIsVerbatimAtItsOffsets(theory, fragments, project);
        } finally {
            environment.getPropertySources().remove("theory-flag");
        }
    }

    private JsonNode generateAndRead(TheoryApi theories, String token, String project) {
        String task = theories.start(token, project);
        JsonNode status = theories.awaitEnd(token, project, task);
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("completed");
        assertThat(status.get("progress").asInt()).isEqualTo(100);
        Set<String> steps = new HashSet<>();
        status.get("steps").forEach(s -> steps.add(s.get("step").asText()));
        assertThat(steps)
                .contains(
                        "load_project",
                        "auto_code",
                        "graph_sync",
                        "semantic_evidence",
                        "identify_central_category",
                        "build_paradigm",
                        "analyze_saturation_and_gaps",
                        "verify_evidence",
                        "save_theory");
        JsonNode theory =
                theories.theory(token, project, status.get("theory_id").asText());

        Set<String> categories = new HashSet<>();
        codebooks.snapshot(UUID.fromString(project)).categories().forEach(c -> categories.add(c.name()));
        assertThat(categories).contains(theory.get("core_category").get("name").asText());
        TheoryAssertions.everyQuoteIsVerbatimAtItsOffsets(theory, fragments, project);
        TheoryAssertions.everyClaimHasEvidence(theory);
        JsonNode validation = theory.get("validation");
        assertThat(validation.get("verified").asInt()).isPositive();
        assertThat(validation.get("evidence_checked").asInt())
                .isEqualTo(validation.get("verified").asInt()
                        + validation.get("unknown_fragment").asInt()
                        + validation.get("wrong_category").asInt()
                        + validation.get("not_verbatim").asInt());
        assertThat(theory.get("propositions").size()).isBetween(1, 10);
        theory.get("consequences").forEach(c -> {
            assertThat(c.get("type").asText()).isIn("material", "social", "institutional");
            assertThat(c.get("horizon").asText()).isIn("short_term", "long_term");
        });
        assertThat(theory.get("saturation").get("curve").size()).isPositive();
        assertThat(theory.get("network_summary").get("centrality").size()).isEqualTo(categories.size());

        JsonNode manifest = theory.get("manifest");
        assertThat(manifest.get("route").asText()).isEqualTo("staged");
        assertThat(manifest.get("access").asText()).isEqualTo("offline");
        assertThat(manifest.get("input_hashes").get("fragments").asText()).hasSize(64);
        assertThat(manifest.get("input_hashes").get("codebook").asText()).hasSize(64);
        Set<String> recorded = new HashSet<>();
        manifest.get("stages").forEach(s -> recorded.add(s.get("stage").asText()));
        assertThat(recorded).contains("identify_central_category", "build_paradigm", "verify_evidence");
        assertThat(theory.get("generated_by").asText()).isEqualTo("offline");
        assertThat(Map.of("degraded", theory.get("degraded").asBoolean())).containsEntry("degraded", false);
        return theory;
    }
}
