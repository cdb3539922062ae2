package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/projects/{id}/codebook/export} over HTTP on the demo project after a real (offline) coding run:
 * every format read back, counts checked against the coding, anchor quotes against the fragments.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodebookExportEndpointTest {

    @Autowired
    ApiClient api;

    @Autowired
    Codebooks codebooks;

    @Autowired
    InterviewFragments fragmentReader;

    private String token;
    private String project;
    private CodingSnapshot snapshot;
    private List<String> corpus;

    @BeforeAll
    void codeTheDemoProject() {
        token = api.newUserToken();
        DemoStudy demo = new DemoStudy(api, token);
        project = demo.spanishDemoProject();
        demo.generateTheory(project);
        snapshot = codebooks.snapshot(UUID.fromString(project));
        corpus = fragmentReader.ofProject(UUID.fromString(project)).stream()
                .map(Fragment::text)
                .toList();
        assertThat(snapshot.codes()).isNotEmpty();
    }

    @Test
    void csvHasARowPerCodeWithCountsThatAddUpAndVerbatimAnchorQuotes() {
        var result = Downloads.get(api, token, "/api/projects/" + project + "/codebook/export?format=csv");
        assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(result.getResponseHeaders().getContentDisposition().getFilename())
                .endsWith(".csv");
        String csv = new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcategory,category_definition,code,definition,origin");
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows).hasSize(snapshot.codes().size() + 1);
        int applications = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            applications += Integer.parseInt(row.get(7));
            String anchor = row.get(9);
            if (!anchor.isEmpty()) {
                assertThat(corpus).as("anchor %s", anchor).anyMatch(f -> f.contains(anchor));
                assertThat(row.get(12)).startsWith("http://localhost:8080/projects/" + project + "/interviews/");
            }
            assertThat(row.get(8)).as("applications by coder").isNotBlank();
        }
        assertThat(applications).isEqualTo(snapshot.applications().size());
    }

    @Test
    void workbookAndDocumentHoldEveryCodeUnderItsCategory() throws IOException {
        byte[] xlsx = Downloads.get(api, token, "/api/projects/" + project + "/codebook/export?format=xlsx")
                .getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Libro de códigos");
            assertThat(sheet.getLastRowNum()).isEqualTo(snapshot.codes().size());
            assertThat(sheet.getRow(1).getCell(8).getHyperlink()).isNotNull();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        byte[] docx = Downloads.get(api, token, "/api/projects/" + project + "/codebook/export?format=docx")
                .getResponseBody();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> categories = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    categories.add(p.getText());
                } else if ("Heading2".equals(p.getStyle())) {
                    codes.add(p.getText());
                }
            }
            assertThat(codes)
                    .containsExactlyInAnyOrderElementsOf(snapshot.codes().stream()
                            .map(CodingSnapshot.Code::label)
                            .toList());
            assertThat(categories)
                    .containsAll(snapshot.categories().stream()
                            .map(CodingSnapshot.Category::name)
                            .toList());
            assertThat(doc.getParagraphs()).anyMatch(p -> "Quote".equals(p.getStyle()));
        }
    }

    @Test
    void refusesUnknownFormatsAndHidesTheProjectFromOthers() {
        JsonNode problem = api.get(token, "/api/projects/" + project + "/codebook/export?format=pdf")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("error_code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(problem.get("supported_formats").toString()).isEqualTo("[\"docx\",\"xlsx\",\"csv\"]");
        api.get(api.newUserToken(), "/api/projects/" + project + "/codebook/export?format=csv")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    /** RFC 4180 rows. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
