package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.export.internal.ExportSweeper;
import com.theogen.job.JobRequest;
import com.theogen.job.Jobs;
import com.theogen.support.ApiClient;
import com.theogen.support.TestJobHandlers;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

@ExportIntegrationTest
class TheoryExportEndpointTest {

    static final Path EXPORT_DIR = Path.of("target/test-data/exports-it");

    @Autowired
    ApiClient api;

    @Autowired
    ExportSweeper sweeper;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void spanishTheoryExportsOnceAndIsReusedOnTheSecondRequest(ExportFormat format) {
        String token = api.newUserToken();
        String project = project(token, "Cuidado informal", "es");
        TheoryReport report = SpanishCaregiversReport.build();
        UUID theory = ExportFixtures.theory(project, report);

        JsonNode first = post(token, project, theory, format.extension(), 200);
        assertThat(first.get("status").asText()).isEqualTo("ready");
        assertThat(first.get("format").asText()).isEqualTo(format.extension());
        assertThat(first.get("filename").asText()).isEqualTo(format.displayFileName(report));
        assertThat(first.get("size_bytes").asLong()).isPositive();
        assertThat(first.get("task_id").isNull()).isTrue();

        EntityExchangeResult<byte[]> file =
                download(token, first.get("download_url").asText());
        byte[] body = file.getResponseBody();
        assertThat(file.getResponseHeaders().getContentType().toString()).startsWith(format.contentType());
        assertThat(body).hasSize(first.get("size_bytes").asInt());
        assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"cuidar-y-trabajar-familias-cuidadoras-en-valparaiso-y-zaragoza-"
                        + "teoria-v3." + format.extension() + "\"")
                .contains("filename*=UTF-8''Cuidar%20y%20trabajar%20familias%20cuidadoras%20en%20Valpara%C3%ADso"
                        + "%20y%20Zaragoza-teor%C3%ADa-v3." + format.extension());
        assertReadable(format, body, report);

        JsonNode second = post(token, project, theory, format.extension(), 200);
        assertThat(second.get("export_id").asText())
                .isEqualTo(first.get("export_id").asText());
        assertThat(second.get("sha256").asText()).isEqualTo(first.get("sha256").asText());
        assertThat(ExportFixtures.lookups(project, theory))
                .as("report looked up (rendered) once")
                .isEqualTo(1);
        assertThat(download(token, second.get("download_url").asText()).getResponseBody())
                .isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void englishTheoryExportsInEveryFormat(ExportFormat format) {
        String token = api.newUserToken();
        String project = project(token, "Carers", "en");
        TheoryReport report = EnglishCaregiversReport.build();
        UUID theory = ExportFixtures.theory(project, report);

        JsonNode export = post(token, project, theory, format.extension(), 200);
        EntityExchangeResult<byte[]> file =
                download(token, export.get("download_url").asText());

        assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"caring-while-working-family-carers-in-leeds-and-glasgow-theory-v2."
                        + format.extension() + "\"");
        assertReadable(format, file.getResponseBody(), report);
    }

    @Test
    void largeReportRendersAsAnExportJobAndIsDownloadableWhenReady() {
        String token = api.newUserToken();
        String project = project(token, "Estudio ampliado", "es");
        TheoryReport report = StressReport.build(50, 10, 200, 5, 15);
        assertThat(report.allQuotes()).hasSizeGreaterThan(200);
        UUID theory = ExportFixtures.theory(project, report);

        JsonNode pending = post(token, project, theory, "xlsx", 202);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("download_url").isNull()).isTrue();
        String taskId = pending.get("task_id").asText();
        String statusUrl = pending.get("status_url").asText();

        JsonNode ready = Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> get(token, statusUrl),
                        node -> !node.get("status").asText().equals("pending"));
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        JsonNode job = get(token, "/api/projects/" + project + "/jobs/" + taskId);
        assertThat(job.get("kind").asText()).isEqualTo("export");
        assertThat(job.get("status").asText()).isEqualTo("completed");

        byte[] body = download(token, ready.get("download_url").asText()).getResponseBody();
        Map<String, List<List<String>>> sheets = ReadBack.workbook(body);
        assertThat(sheets.get("Evidencia")).hasSize(report.allQuotes().size() + 1);
        assertThat(post(token, project, theory, "xlsx", 200).get("export_id").asText())
                .isEqualTo(pending.get("export_id").asText());
    }

    @Test
    void anExportJobRunsWhileAnotherJobHoldsTheProject() {
        String token = api.newUserToken();
        String project = project(token, "Ocupado", "es");
        UUID projectId = UUID.fromString(project);
        UUID theory = ExportFixtures.theory(project, StressReport.build(50, 10, 200, 5, 15));
        UUID owner = jdbc.queryForObject("SELECT owner_id FROM projects WHERE id = ?", UUID.class, projectId);
        UUID holder = jobs.submit(new JobRequest(projectId, owner, TestJobHandlers.KIND, Map.of("hold", true)))
                .job()
                .id();
        try {
            JsonNode pending = post(token, project, theory, "xlsx", 202);
            assertThat(pending.get("task_id").isNull()).isFalse();

            JsonNode ready = Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(300))
                    .until(
                            () -> get(token, pending.get("status_url").asText()),
                            node -> !node.get("status").asText().equals("pending"));

            assertThat(ready.get("status").asText()).isEqualTo("ready");
            assertThat(jobs.get(projectId, holder, owner).status().isTerminal())
                    .as("the other job still holds the project")
                    .isFalse();
        } finally {
            TestJobHandlers.release(holder);
        }
    }

    @Test
    void concurrentRequestsForTheSameExportShareOneFile() throws Exception {
        String token = api.newUserToken();
        String project = project(token, "Concurrencia", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<JsonNode>> calls = Stream.<Callable<JsonNode>>generate(
                            () -> () -> post(token, project, theory, "pdf", 200))
                    .limit(6)
                    .toList();
            Set<String> ids = pool.invokeAll(calls).stream()
                    .map(TheoryExportEndpointTest::result)
                    .map(node -> node.get("export_id").asText())
                    .collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(EXPORT_DIR.resolve(project))) {
            assertThat(files.toList()).hasSize(1);
        }
        assertThat(ExportFixtures.lookups(project, theory)).isEqualTo(1);
    }

    @Test
    void listsTheProjectsExportsNewestFirst() {
        String token = api.newUserToken();
        String project = project(token, "Listado", "en");
        UUID theory = ExportFixtures.theory(project, EnglishCaregiversReport.build());
        String png = post(token, project, theory, "png", 200).get("export_id").asText();
        String xlsx = post(token, project, theory, "xlsx", 200).get("export_id").asText();

        JsonNode list = get(token, "/api/projects/" + project + "/exports");

        assertThat(list).hasSize(2);
        assertThat(List.of(
                        list.get(0).get("export_id").asText(),
                        list.get(1).get("export_id").asText()))
                .containsExactly(xlsx, png);
    }

    @Test
    void anotherUsersProjectAndUnknownTheoriesAreNotFound() {
        String owner = api.newUserToken();
        String project = project(owner, "Privado", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());
        JsonNode export = post(owner, project, theory, "png", 200);
        String stranger = api.newUserToken();

        assertThat(problem(stranger, project, theory, "png", 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(problem(owner, project, UUID.randomUUID(), "png", 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        api.get(stranger, export.get("download_url").asText())
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get(stranger, export.get("status_url").asText())
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get(stranger, "/api/projects/" + project + "/exports")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void unknownFormatIsABadRequestListingTheFormats() {
        String token = api.newUserToken();
        String project = project(token, "Formatos", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());

        JsonNode problem = problem(token, project, theory, "odt", 400);

        assertThat(problem.get("error_code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(problem.get("supported_formats").toString())
                .isEqualTo("[\"pdf\",\"pptx\",\"xlsx\",\"png\",\"docx\"]");
        assertThat(problem(token, project, theory, null, 400).get("error_code").asText())
                .isEqualTo("UNSUPPORTED_FORMAT");
    }

    @Test
    void deletingAProjectRemovesItsExportFilesAtOnce() {
        String token = api.newUserToken();
        String project = project(token, "Efímero", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());
        post(token, project, theory, "png", 200);
        post(token, project, theory, "xlsx", 200);
        assertThat(EXPORT_DIR.resolve(project)).isDirectory();

        api.http()
                .delete()
                .uri("/api/projects/" + project)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(EXPORT_DIR.resolve(project)).doesNotExist();
    }

    @Test
    void theSweepRemovesFilesWhoseExportRowIsGone() throws IOException {
        String token = api.newUserToken();
        String project = project(token, "Huérfanos", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());
        JsonNode kept = post(token, project, theory, "png", 200);
        Path orphan = EXPORT_DIR.resolve(project).resolve(UUID.randomUUID() + ".pdf");
        Files.writeString(orphan, "left by a render that finished after its project was deleted");

        ExportSweeper.Outcome outcome = sweeper.sweep();

        assertThat(outcome.filesRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(orphan).doesNotExist();
        assertThat(download(token, kept.get("download_url").asText()).getResponseBody())
                .isNotEmpty();
    }

    @Test
    void aMissingFileIsRenderedAgainOnTheNextRequest() throws IOException {
        String token = api.newUserToken();
        String project = project(token, "Reparación", "es");
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());
        JsonNode first = post(token, project, theory, "png", 200);
        try (Stream<Path> files = Files.list(EXPORT_DIR.resolve(project))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        JsonNode again = post(token, project, theory, "png", 200);

        assertThat(again.get("export_id").asText())
                .isNotEqualTo(first.get("export_id").asText());
        assertThat(download(token, again.get("download_url").asText()).getResponseBody())
                .isNotEmpty();
    }

    private static void assertReadable(ExportFormat format, byte[] body, TheoryReport report) {
        assertThat(body).isNotEmpty();
        switch (format) {
            case PDF ->
                assertThat(ReadBack.pdfText(body))
                        .contains(report.coreCategory().name())
                        .contains(report.propositions().get(0).id());
            case PPTX ->
                assertThat(String.join("\n", ReadBack.slideTexts(body)))
                        .contains(report.coreCategory().name());
            case XLSX -> assertThat(ReadBack.workbook(body)).hasSizeGreaterThanOrEqualTo(9);
            case DOCX ->
                assertThat(ReadBack.docxText(body))
                        .contains(report.coreCategory().name())
                        .contains(report.propositions().get(0).id());
            case PNG -> {
                BufferedImage image = ReadBack.image(body);
                assertThat(image.getWidth()).isGreaterThan(1000);
                assertThat(image.getHeight()).isGreaterThan(1000);
            }
        }
    }

    private String project(String token, String name, String language) {
        return api.createProject(token, Map.of("name", name, "language", language))
                .get("id")
                .asText();
    }

    private JsonNode post(String token, String project, UUID theory, String format, int status) {
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/theories/" + theory + "/export?format=" + format)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode problem(String token, String project, UUID theory, String format, int status) {
        String query = format == null ? "" : "?format=" + format;
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/theories/" + theory + "/export" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode get(String token, String uri) {
        return api.get(token, uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private EntityExchangeResult<byte[]> download(String token, String uri) {
        return Downloads.get(api, token, uri);
    }

    private static JsonNode result(Future<JsonNode> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
