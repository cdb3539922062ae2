package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Code matrices (co-occurrence, by interview, by attribute value), their cells, the attribute filter in matrices,
 * evidence and search, and the study overview, over a small hand-coded project of two interviews.
 */
@IntegrationTest
class MatricesApiTest {

    static final String LUIS = "Entrevistador: ¿Cómo es su trabajo?\n\n"
            + "Luis: Enseño de noche en un liceo para adultos y llego tarde a casa.\n\n"
            + "Entrevistador: ¿Y sus alumnos?\n\n"
            + "Luis: Mis alumnos trabajan de día; la escuela nocturna es su segunda oportunidad.\n";

    @Autowired
    ApiClient api;

    CodingApi coding;
    String token;
    String project;
    String marta;
    String luis;
    String noche;
    String madre;
    String escuela;

    @BeforeEach
    void handCodedProject() {
        coding = new CodingApi(api);
        token = api.newUserToken();
        project = coding.project(token, "es");
        marta = coding.upload(token, project, "marta.txt", CodersApiTest.TRANSCRIPT);
        luis = coding.upload(token, project, "luis.txt", LUIS);
        List<String> m = fragmentIds(marta);
        List<String> l = fragmentIds(luis);
        noche = apply(m.get(1), "noche", null);
        apply(m.get(3), null, noche);
        apply(l.get(1), null, noche);
        madre = apply(m.get(3), "madre", null);
        apply(m.get(5), null, madre);
        escuela = apply(l.get(3), "escuela", null);
        attributes(marta, "enfermera");
        attributes(luis, "docente");
    }

    @Test
    void coOccurrenceCountsFragmentsWithBothCodesAndNormalisesByJaccard() {
        JsonNode matrix = get("/matrix?kind=cooccurrence", 200);

        assertThat(matrix.get("kind").asText()).isEqualTo("cooccurrence");
        assertThat(matrix.get("normalisation").asText()).isEqualTo("jaccard");
        assertThat(labels(matrix.get("rows"), "label")).containsExactly("escuela", "madre", "noche");
        assertThat(cell(matrix, noche, noche)).isEqualTo(3);
        assertThat(cell(matrix, noche, madre)).isEqualTo(1);
        assertThat(cell(matrix, madre, noche)).isEqualTo(1);
        assertThat(cell(matrix, escuela, noche)).isZero();
        assertThat(cellValue(matrix, noche, madre)).isEqualTo(0.25);

        JsonNode page = get("/matrix/cell?kind=cooccurrence&row=" + noche + "&column=" + madre, 200);
        assertThat(page.get("total_items").asInt()).isEqualTo(1);
        JsonNode fragment = page.get("items").get(0);
        assertThat(fragment.get("interview_id").asText()).isEqualTo(marta);
        assertThat(fragment.get("interview_label").asText()).isNotBlank();
        assertThat(labels(fragment.get("quotes"), "code_label")).containsExactlyInAnyOrder("noche", "madre");
        assertThat(fragment.get("text").asText()).contains("El turno de noche es duro");
    }

    @Test
    void interviewAndAttributeMatricesCountTheRowCodesFragmentsPerColumn() {
        JsonNode byInterview = get("/matrix?kind=interviews", 200);
        assertThat(labels(byInterview.get("columns"), "key")).containsExactly(marta, luis);
        assertThat(cell(byInterview, noche, marta)).isEqualTo(2);
        assertThat(cell(byInterview, noche, luis)).isEqualTo(1);
        assertThat(cellValue(byInterview, noche, marta)).isEqualTo(0.6667);
        assertThat(byInterview.get("normalisation").asText()).isEqualTo("row_share");

        JsonNode byRole = get("/matrix?kind=attribute&attribute=Rol", 200);
        assertThat(byRole.get("kind").asText()).isEqualTo("attribute");
        assertThat(labels(byRole.get("columns"), "key")).containsExactly("docente", "enfermera");
        assertThat(cell(byRole, noche, "enfermera")).isEqualTo(2);
        assertThat(cell(byRole, escuela, "docente")).isEqualTo(1);

        JsonNode page = get("/matrix/cell?kind=attribute&attribute=rol&row=" + noche + "&column=enfermera", 200);
        assertThat(page.get("total_items").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("ordinal").asInt())
                .isLessThan(page.get("items").get(1).get("ordinal").asInt());

        JsonNode nurses = get("/matrix?kind=interviews&attr.rol=Enfermera", 200);
        assertThat(labels(nurses.get("columns"), "key")).containsExactly(marta);
        assertThat(labels(nurses.get("rows"), "label")).containsExactly("madre", "noche");
    }

    @Test
    void attributeFilterNarrowsEvidenceAndSearch() {
        JsonNode evidence = coding.json(token, "GET", "/api/codes/" + noche + "/evidence?attr.rol=docente", null, 200);
        assertThat(evidence.get("total_items").asInt()).isEqualTo(1);
        assertThat(evidence.get("items").get(0).get("interview_id").asText()).isEqualTo(luis);
        JsonNode all = coding.json(token, "GET", "/api/codes/" + noche + "/evidence", null, 200);
        assertThat(all.get("total_items").asInt()).isEqualTo(3);

        await().atMost(CodingApi.PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> get("/search?q=noche", 200).at("/index/indexed").asInt() == 2);
        assertThat(labels(get("/search?q=noche", 200).get("results"), "interview_id"))
                .contains(marta, luis);
        assertThat(labels(get("/search?q=noche&attr.rol=docente", 200).get("results"), "interview_id"))
                .isNotEmpty()
                .containsOnly(luis);
        assertThat(get("/search?q=noche&attr.rol=nadie", 200).get("results")).isEmpty();
    }

    @Test
    void overviewCountsTheStudy() {
        JsonNode overview = get("/overview", 200);

        assertThat(overview.get("interviews").asInt()).isEqualTo(2);
        assertThat(overview.get("participants").asInt()).isEqualTo(2);
        assertThat(overview.get("fragments").asInt()).isEqualTo(12);
        assertThat(overview.get("participant_fragments").asInt()).isEqualTo(6);
        assertThat(overview.get("coded_fragments").asInt()).isEqualTo(5);
        assertThat(overview.get("codes").asInt()).isEqualTo(3);
        assertThat(overview.get("categories").asInt()).isZero();
        assertThat(overview.get("theory_versions").asInt()).isZero();
        assertThat(overview.get("words").asInt()).isPositive();
        assertThat(overview.get("coded_by_coder")).hasSize(1);
        assertThat(overview.at("/coded_by_coder/0/fragments").asInt()).isEqualTo(5);
    }

    @Test
    void badParametersAre400WithACodeAndAStrangerGets404() {
        assertThat(error("/matrix?kind=triangle", 400)).isEqualTo("UNKNOWN_MATRIX_KIND");
        assertThat(error("/matrix?kind=attribute", 400)).isEqualTo("MATRIX_ATTRIBUTE_REQUIRED");
        assertThat(error("/matrix?kind=attribute&attribute=edad", 400)).isEqualTo("UNKNOWN_ATTRIBUTE");
        assertThat(error("/matrix?kind=interviews&attr.edad=40", 400)).isEqualTo("UNKNOWN_ATTRIBUTE");
        assertThat(error("/matrix?kind=interviews&attr.=40", 400)).isEqualTo("INVALID_ATTRIBUTE_FILTER");
        assertThat(error("/matrix/cell?kind=cooccurrence&row=" + escuela + "&column=" + marta, 400))
                .isEqualTo("INVALID_MATRIX_CELL");
        assertThat(error("/matrix/cell?kind=interviews&row=" + marta + "&column=" + marta, 400))
                .isEqualTo("INVALID_MATRIX_CELL");
        assertThat(coding.json(token, "GET", "/api/codes/" + noche + "/evidence?attr.edad=4", null, 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("UNKNOWN_ATTRIBUTE");

        String stranger = api.newUserToken();
        coding.json(stranger, "GET", "/api/projects/" + project + "/matrix?kind=cooccurrence", null, 404);
        coding.json(stranger, "GET", "/api/projects/" + project + "/overview", null, 404);
    }

    private List<String> fragmentIds(String interview) {
        List<String> ids = new ArrayList<>();
        coding.json(token, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                .get("items")
                .forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    private String apply(String fragment, String label, String codeId) {
        Map<String, Object> body = new HashMap<>(Map.of("quote_start", 0, "quote_end", 5));
        if (label != null) {
            body.put("label", label);
        } else {
            body.put("code_id", codeId);
        }
        return coding.json(token, "POST", "/api/fragments/" + fragment + "/codes", body, 201)
                .get("code_id")
                .asText();
    }

    private void attributes(String interview, String role) {
        coding.json(
                token,
                "PUT",
                "/api/interviews/" + interview + "/attributes",
                Map.of("attributes", List.of(Map.of("name", "rol", "type", "text", "value", role))),
                200);
    }

    private JsonNode get(String path, int status) {
        return coding.json(token, "GET", "/api/projects/" + project + path, null, status);
    }

    private String error(String path, int status) {
        return get(path, status).get("error_code").asText();
    }

    private static List<String> labels(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static int cell(JsonNode matrix, String rowCode, String columnKey) {
        JsonNode cell = at(matrix, rowCode, columnKey);
        return cell == null ? 0 : cell.get("count").asInt();
    }

    private static double cellValue(JsonNode matrix, String rowCode, String columnKey) {
        JsonNode cell = at(matrix, rowCode, columnKey);
        return cell == null ? 0 : cell.get("normalised").asDouble();
    }

    /** The cell, or null for a zero cell (the API lists only the others). */
    private static JsonNode at(JsonNode matrix, String rowCode, String columnKey) {
        int r = labels(matrix.get("rows"), "code_id").indexOf(rowCode);
        int c = labels(matrix.get("columns"), "key").indexOf(columnKey);
        assertThat(r).as("row " + rowCode).isNotNegative();
        assertThat(c).as("column " + columnKey).isNotNegative();
        for (JsonNode cell : matrix.get("cells")) {
            if (cell.get("row").asInt() == r && cell.get("column").asInt() == c) {
                assertThat(cell.get("count").asInt()).isPositive();
                return cell;
            }
        }
        return null;
    }
}
