package com.theogen.coding;

import static com.theogen.coding.AgreementFixture.byLabel;
import static com.theogen.coding.AgreementFixture.counts;
import static com.theogen.coding.AgreementFixture.kappa;
import static com.theogen.coding.AgreementFixture.near;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/projects/{id}/agreement} over two members' real coding (built in {@link AgreementFixture}):
 * Ana (A) and Bruno (B) code Marta's four answers; the interviewer's four questions are left out unless asked.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementApiTest {

    @Autowired
    ApiClient api;

    AgreementFixture f;

    @BeforeAll
    void twoMembersCodeOneInterview() {
        f = new AgreementFixture(api);
    }

    /**
     * By hand, over Marta's fragments 1, 3, 5, 7: cuidado A{1,3,5} B{1,3} → 2/1/0/1, κ = 0.5, α = 1 − 7·1/(3·5),
     * AC1 = (0.75 − 0.46875)/0.53125; noche A{1,3} B{3,5} → 1/1/1/1, κ = 0, α = 0.125, AC1 = 0; hermana B{5} →
     * 0/0/1/3, κ = 0, α = 0, AC1 = (0.75 − 0.21875)/0.78125 = 0.68. Pooled 3/2/2/5.
     */
    @Test
    void fragmentAgreementMatchesTheCountsByHand() {
        JsonNode report = f.agreement(f.body());

        assertThat(report.get("unit").asText()).isEqualTo("fragment");
        assertThat(report.get("fragments").asInt()).isEqualTo(4);
        assertThat(report.at("/coder_a/display_name").asText()).isEqualTo("Ana");
        assertThat(report.at("/coder_a/kind").asText()).isEqualTo("user");
        assertThat(report.at("/coder_b/id").asText()).isEqualTo(f.coderB);
        assertThat(report.get("codes"))
                .extracting(c -> c.get("label").asText())
                .containsExactly("hermana", "noche", "cuidado");
        Map<String, JsonNode> rows = byLabel(report);
        JsonNode cuidado = rows.get("cuidado");
        counts(cuidado, 2, 1, 0, 1);
        near(cuidado.get("prevalence_a"), 0.75);
        near(cuidado.get("prevalence_b"), 0.5);
        near(cuidado.get("observed"), 0.75);
        near(cuidado.get("kappa"), 0.5);
        near(cuidado.get("alpha"), 1 - 7.0 / 15);
        near(cuidado.get("ac1"), (0.75 - 0.46875) / 0.53125);
        assertThat(cuidado.get("undefined_reason").isNull()).isTrue();
        assertThat(cuidado.get("alpha_u").isNull()).isTrue();
        assertThat(cuidado.get("disagreement_count").asInt()).isEqualTo(1);
        counts(rows.get("noche"), 1, 1, 1, 1);
        near(rows.get("noche").get("kappa"), 0);
        near(rows.get("noche").get("alpha"), 0.125);
        near(rows.get("noche").get("ac1"), 0);
        assertThat(rows.get("noche").get("disagreement_count").asInt()).isEqualTo(2);
        counts(rows.get("hermana"), 0, 0, 1, 3);
        near(rows.get("hermana").get("kappa"), 0);
        near(rows.get("hermana").get("alpha"), 0);
        near(rows.get("hermana").get("ac1"), 0.68);

        JsonNode overall = report.get("overall");
        assertThat(overall.get("codes").asInt()).isEqualTo(3);
        assertThat(overall.get("codes_with_variation").asInt()).isEqualTo(3);
        near(overall.get("mean_observed"), 2.0 / 3);
        near(overall.get("mean_kappa"), 0.5 / 3);
        near(overall.get("mean_alpha"), (1 - 7.0 / 15 + 0.125) / 3);
        JsonNode pooled = overall.get("pooled");
        assertThat(List.of(
                        pooled.get("both").asInt(),
                        pooled.get("only_a").asInt(),
                        pooled.get("only_b").asInt(),
                        pooled.get("neither").asInt(),
                        pooled.get("units").asInt()))
                .containsExactly(3, 2, 2, 5, 12);
        near(pooled.get("kappa"), kappa(3, 2, 2, 5));
        assertThat(overall.get("pooled_alpha_u").isNull()).isTrue();

        assertThat(report.get("disagreements"))
                .extracting(d -> label(report, d) + "@" + f.fragments.indexOf(fragment(d)) + ":"
                        + d.get("present_a").asBoolean() + "/"
                        + d.get("present_b").asBoolean())
                .containsExactly(
                        "hermana@5:false/true", "noche@1:true/false", "noche@5:false/true", "cuidado@5:true/false");
        JsonNode hermana = report.get("disagreements").get(0);
        String text = f.text(5);
        assertThat(hermana.get("text").asText()).isEqualTo(text);
        assertThat(hermana.get("interview_id").asText()).isEqualTo(f.interview);
        assertThat(hermana.get("interview_name").asText()).isNotBlank();
        assertThat(hermana.get("speaker").asText()).isEqualTo("Marta");
        assertThat(hermana.get("spans_a")).isEmpty();
        int start = text.indexOf("Mi hermana a veces");
        assertThat(hermana.get("spans_b").get(0).get("start").asInt()).isEqualTo(start);
        assertThat(hermana.get("spans_b").get(0).get("end").asInt()).isEqualTo(start + 18);
    }

    @Test
    void interviewerTurnsCountOnlyWhenAsked() {
        JsonNode report = f.agreement(f.body("include_interviewer", true, "interview_ids", List.of(f.interview)));

        assertThat(report.get("fragments").asInt()).isEqualTo(8);
        // Ana's cuidado in the interviewer's turn 2 is now a unit only she coded; turns 0, 4, 6 nobody did
        counts(byLabel(report).get("cuidado"), 2, 2, 0, 4);
    }

    @Test
    void listedCodesAreReportedAndACodeNobodyUsedHasNoKappaAndComesLast() {
        JsonNode report = f.agreement(
                f.body("code_ids", List.of(f.codes.get("sin uso"), f.codes.get("cuidado"), f.codes.get("noche"))));

        assertThat(report.get("codes"))
                .extracting(c -> c.get("label").asText())
                .containsExactly("noche", "cuidado", "sin uso");
        JsonNode unused = byLabel(report).get("sin uso");
        counts(unused, 0, 0, 0, 4);
        assertThat(unused.get("kappa").isNull()).isTrue();
        assertThat(unused.get("alpha").isNull()).isTrue();
        near(unused.get("observed"), 1);
        assertThat(unused.get("undefined_reason").asText()).isEqualTo("NO_VARIATION");
        assertThat(report.at("/overall/codes").asInt()).isEqualTo(3);
        assertThat(report.at("/overall/codes_with_variation").asInt()).isEqualTo(2);
        assertThat(report.get("disagreements"))
                .allMatch(d -> !d.get("code_id").asText().equals(f.codes.get("hermana")));
    }

    /**
     * Characters of Marta's four answers. noche: A "Trabajo de noche" (1) and "El turno de noche es duro" (3), B
     * "El turno de noche" (3) and "sola" (5): both 17, only A 16 + 8, only B 4.
     */
    @Test
    void characterAgreementCountsCharactersAndGivesUnitizedAlpha() {
        JsonNode report = f.agreement(f.body("unit", "character"));

        long characters = 0;
        for (int i : new int[] {1, 3, 5, 7}) {
            characters += f.text(i).length();
        }
        assertThat(report.get("unit").asText()).isEqualTo("character");
        Map<String, JsonNode> rows = byLabel(report);
        JsonNode noche = rows.get("noche");
        counts(noche, 17, 24, 4, characters - 45);
        near(noche.get("kappa"), kappa(17, 24, 4, characters - 45));
        assertThat(noche.get("alpha_u").isNumber()).isTrue();
        assertThat(noche.get("alpha_u").asDouble()).isLessThan(1).isGreaterThan(-1);
        // cuidado: A 16 (1) + 17 (3) + 22 (5); B 31 (1, starting where A's does) + 17 (3)
        counts(rows.get("cuidado"), 33, 22, 15, characters - 70);
        assertThat(report.at("/overall/pooled_alpha_u").isNumber()).isTrue();
        near(report.at("/overall/pooled/units"), 3.0 * characters);

        List<String> nocheDisagreements = new ArrayList<>();
        report.get("disagreements").forEach(d -> {
            if (d.get("code_id").asText().equals(f.codes.get("noche"))) {
                nocheDisagreements.add(f.fragments.indexOf(fragment(d)) + ":"
                        + d.get("differing_characters").asInt());
            }
        });
        assertThat(nocheDisagreements).containsExactly("1:16", "3:8", "5:4");
        assertThat(noche.get("disagreement_count").asInt()).isEqualTo(3);
    }

    /** The workbook read back with POI: one sheet per view, the same figures and passages as the JSON report. */
    @Test
    void xlsxExportHasASummaryTheCodesTableAndTheDisagreementsWithBothCodersPassages() throws IOException {
        var result = f.coding
                .send(
                        f.owner,
                        "POST",
                        "/api/projects/" + f.project + "/agreement/export",
                        f.body(
                                "code_ids",
                                List.of(
                                        f.codes.get("cuidado"),
                                        f.codes.get("noche"),
                                        f.codes.get("hermana"),
                                        f.codes.get("sin uso"))))
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class)
                .returnResult();
        assertThat(result.getResponseHeaders().getFirst("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Resumen", "Códigos", "Desacuerdos");
            Map<String, Cell> summary = new HashMap<>();
            book.getSheetAt(0).forEach(r -> summary.put(r.getCell(0).getStringCellValue(), r.getCell(1)));
            assertThat(summary.get("Codificador A").getStringCellValue()).isEqualTo("Ana (user)");
            assertThat(summary.get("Codificador B").getStringCellValue()).isEqualTo("Bruno (user)");
            assertThat(summary.get("Unidad").getStringCellValue()).isEqualTo("Fragmentos");
            assertThat(summary.get("Media κ de Cohen").getNumericCellValue()).isCloseTo(0.5 / 3, within(1e-9));
            assertThat(summary.get("Agregado Ambos").getNumericCellValue()).isEqualTo(3);

            Sheet codes = book.getSheetAt(1);
            assertThat(codes.getRow(0).getCell(10).getStringCellValue()).isEqualTo("κ de Cohen");
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= codes.getLastRowNum(); i++) {
                labels.add(codes.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(labels).containsExactly("hermana", "noche", "cuidado", "sin uso");
            Row cuidado = codes.getRow(3);
            assertThat(List.of(2.0, 1.0, 0.0, 1.0, 4.0))
                    .containsExactly(
                            cuidado.getCell(2).getNumericCellValue(),
                            cuidado.getCell(3).getNumericCellValue(),
                            cuidado.getCell(4).getNumericCellValue(),
                            cuidado.getCell(5).getNumericCellValue(),
                            cuidado.getCell(6).getNumericCellValue());
            assertThat(cuidado.getCell(10).getNumericCellValue()).isEqualTo(0.5);
            Row unused = codes.getRow(4);
            assertThat(unused.getCell(10)).isNull();
            assertThat(unused.getCell(13).getStringCellValue()).isEqualTo("NO_VARIATION");

            Sheet disagreements = book.getSheetAt(2);
            assertThat(disagreements.getLastRowNum()).isEqualTo(4);
            Row hermana = disagreements.getRow(1);
            assertThat(hermana.getCell(0).getStringCellValue()).isEqualTo("hermana");
            assertThat(hermana.getCell(3).getStringCellValue()).isEqualTo(f.text(5));
            assertThat(hermana.getCell(4).getStringCellValue()).isEmpty();
            assertThat(hermana.getCell(5).getStringCellValue()).isEqualTo("Mi hermana a veces");
            Row noche = disagreements.getRow(2);
            assertThat(noche.getCell(0).getStringCellValue()).isEqualTo("noche");
            assertThat(noche.getCell(4).getStringCellValue()).isEqualTo("Trabajo de noche");
        }
    }

    @Test
    void characterWorkbookHasTheUnitizedAlphaColumn() throws IOException {
        byte[] bytes = f.coding
                .send(f.owner, "POST", "/api/projects/" + f.project + "/agreement/export", f.body("unit", "character"))
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        JsonNode report = f.agreement(f.body("unit", "character"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet codes = book.getSheetAt(1);
            assertThat(codes.getRow(0).getCell(13).getStringCellValue()).isEqualTo("α_u de unitarización");
            for (int i = 1; i <= codes.getLastRowNum(); i++) {
                JsonNode row = report.get("codes").get(i - 1);
                assertThat(codes.getRow(i).getCell(0).getStringCellValue())
                        .isEqualTo(row.get("label").asText());
                assertThat(codes.getRow(i).getCell(13).getNumericCellValue())
                        .isCloseTo(row.get("alpha_u").asDouble(), within(1e-12));
            }
        }
    }

    @Test
    void agreementOfTheMemberWithTheOfflineAnalystIsAReport() {
        AgreementFixture other = new AgreementFixture(api);
        assertThat(other.coding
                        .autoCode(other.owner, other.project, Map.of())
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        String offline = null;
        for (JsonNode coder :
                other.coding.json(other.owner, "GET", "/api/projects/" + other.project + "/coders", null, 200)) {
            if (coder.get("kind").asText().equals("offline")) {
                offline = coder.get("id").asText();
            }
        }
        assertThat(offline).isNotNull();

        JsonNode report = other.agreement(Map.of("coder_a", other.coderA, "coder_b", offline));

        assertThat(report.at("/coder_b/kind").asText()).isEqualTo("offline");
        assertThat(report.get("codes")).isNotEmpty();
        report.get("codes").forEach(c -> {
            assertThat(c.get("units").asInt()).isEqualTo(4);
            for (String figure : List.of("kappa", "alpha", "ac1")) {
                assertThat(c.get(figure).isNull() || Math.abs(c.get(figure).asDouble()) <= 1)
                        .isTrue();
            }
        });
    }

    /** The dashboard's client is checked against /v3/api-docs: the report must be typed there, field by field. */
    @Test
    void openApiDocumentTypesTheReport() {
        JsonNode doc = api.apiDocs();
        JsonNode operation = doc.at("/paths/~1api~1projects~1{projectId}~1agreement/post");
        JsonNode result = schema(
                doc, operation.at("/responses/200/content").elements().next().get("schema"));
        assertThat(result.get("properties")).isNotNull();
        assertThat(result.at("/properties/codes/type").asText()).isEqualTo("array");
        JsonNode code = schema(doc, result.at("/properties/codes/items"));
        for (String field : List.of("kappa", "alpha", "ac1", "alpha_u", "observed", "prevalence_a")) {
            // a statistic that can be undefined is typed [number, null] (OpenAPI 3.1), the others number
            JsonNode type = code.at("/properties/" + field + "/type");
            List<String> types = type.isArray()
                    ? StreamSupport.stream(type.spliterator(), false)
                            .map(JsonNode::asText)
                            .toList()
                    : List.of(type.asText());
            assertThat(types).as(field).contains("number").isSubsetOf("number", "null");
        }
        assertThat(code.at("/properties/only_a/type").asText()).isEqualTo("integer");
        JsonNode overall = schema(doc, result.at("/properties/overall"));
        assertThat(schema(doc, overall.at("/properties/pooled"))
                        .at("/properties/units/type")
                        .asText())
                .isEqualTo("integer");
        JsonNode request = schema(doc, operation.at("/requestBody/content/application~1json/schema"));
        assertThat(request.get("required"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("coder_a", "coder_b");
        assertThat(doc.at("/paths/~1api~1projects~1{projectId}~1agreement~1export/post")
                        .isMissingNode())
                .isFalse();
    }

    private static JsonNode schema(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void badRequestsAreFourHundredsNamingWhatIsWrong() {
        String uri = "/api/projects/" + f.project + "/agreement";
        String stranger = UUID.randomUUID().toString();
        assertThat(error(Map.of("coder_a", f.coderA, "coder_b", f.coderA), 400)).isEqualTo("SAME_CODER");
        assertThat(error(Map.of("coder_a", f.coderA, "coder_b", stranger), 400)).isEqualTo("UNKNOWN_CODER");
        assertThat(error(Map.of("coder_a", f.coderA), 400)).isEqualTo("VALIDATION_FAILED");
        assertThat(error(f.body("unit", "sentence"), 400)).isEqualTo("INVALID_UNIT");
        JsonNode code =
                f.coding.json(f.owner, "POST", uri, f.body("code_ids", List.of(f.codes.get("noche"), stranger)), 400);
        assertThat(code.get("error_code").asText()).isEqualTo("UNKNOWN_CODE");
        assertThat(code.toString()).contains(stranger).doesNotContain(f.codes.get("noche"));
        JsonNode interview = f.coding.json(f.owner, "POST", uri, f.body("interview_ids", List.of(stranger)), 400);
        assertThat(interview.get("error_code").asText()).isEqualTo("UNKNOWN_INTERVIEW");
        assertThat(interview.toString()).contains(stranger);
        assertThat(error(f.body("coder_b", "not-a-uuid"), 400)).isNotBlank();
        assertThat(error(f.body("weights", "linear"), 400)).isEqualTo("UNKNOWN_FIELD");
        // a code of another project is unknown here
        AgreementFixture other = new AgreementFixture(api);
        assertThat(error(f.body("code_ids", List.of(other.codes.get("noche"))), 400))
                .isEqualTo("UNKNOWN_CODE");
        // another user's project does not exist for this caller, for the report and for its export
        f.coding.json(f.owner, "POST", "/api/projects/" + other.project + "/agreement", other.body(), 404);
        f.coding.json(f.owner, "POST", "/api/projects/" + other.project + "/agreement/export", other.body(), 404);
    }

    private String error(Map<String, Object> body, int status) {
        return f.coding
                .json(f.owner, "POST", "/api/projects/" + f.project + "/agreement", body, status)
                .get("error_code")
                .asText();
    }

    private JsonNode fragment(JsonNode disagreement) {
        return f.fragments.stream()
                .filter(x -> x.get("id")
                        .asText()
                        .equals(disagreement.get("fragment_id").asText()))
                .findFirst()
                .orElseThrow();
    }

    private String label(JsonNode report, JsonNode disagreement) {
        return byLabel(report).entrySet().stream()
                .filter(e -> e.getValue()
                        .get("code_id")
                        .asText()
                        .equals(disagreement.get("code_id").asText()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
