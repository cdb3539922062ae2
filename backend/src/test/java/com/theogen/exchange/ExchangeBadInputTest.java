package com.theogen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.shared.StorageProperties;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;

/**
 * Hostile and broken REFI-QDA files: each is refused in the request with a 4xx ProblemDetail naming what is wrong,
 * and nothing is written (no interview, code, memo or job; no staged file left behind).
 */
@IntegrationTest
class ExchangeBadInputTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    StorageProperties storage;

    ExchangeClient exchange;
    String token;
    String projectId;

    @BeforeEach
    void project() {
        exchange = new ExchangeClient(api);
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Intact")).get("id").asText();
    }

    static final String GOOD_SOURCE = "Ana: trabajo de noche.";

    static String qde(String sourceAttributes, String selection) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="x">
                  <CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="c" isCodable="true"/></Codes></CodeBook>
                  <Sources>
                    <TextSource guid="22222222-2222-4222-8222-222222222222" name="Ana" %s>
                      %s
                    </TextSource>
                  </Sources>
                </Project>
                """
                .formatted(sourceAttributes, selection);
    }

    static String selection(int start, int end) {
        return "<PlainTextSelection guid=\"33333333-3333-4333-8333-333333333333\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\"><Coding guid=\"44444444-4444-4444-8444-444444444444\">"
                + "<CodeRef targetGUID=\"11111111-1111-4111-8111-111111111111\"/></Coding></PlainTextSelection>";
    }

    static byte[] withSource(String qde, String entry, byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put(entry, content);
        return ExchangeClient.zip(entries);
    }

    static byte[] good(String qde) {
        return withSource(qde, "sources/a.txt", GOOD_SOURCE.getBytes(StandardCharsets.UTF_8));
    }

    /** 64 MB of zeros in a few dozen kilobytes: the ratio limit stops it long before the entry limit. */
    static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde("plainTextPath=\"internal://a.txt\"", "").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sources/a.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static Stream<Arguments> hostileFiles() {
        String xxe =
                """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
                """;
        return Stream.of(
                Arguments.of(
                        "qdpx", "not a zip", "this is not a zip".getBytes(StandardCharsets.UTF_8), 400, "NOT_A_QDPX"),
                Arguments.of(
                        "qdpx",
                        "zip without project.qde",
                        ExchangeClient.zip(Map.of("readme.txt", new byte[] {1})),
                        400,
                        "NOT_A_QDPX"),
                Arguments.of("qdpx", "zip bomb", zipBomb(), 413, "ARCHIVE_LIMIT_EXCEEDED"),
                Arguments.of(
                        "qdpx",
                        "XXE in a DOCTYPE",
                        withSource(xxe, "sources/a.txt", new byte[] {65}),
                        400,
                        "XML_DOCTYPE_FORBIDDEN"),
                Arguments.of(
                        "qdc",
                        "DOCTYPE in a codebook",
                        xxe.replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0")
                                .replace("<Project", "<CodeBook")
                                .getBytes(StandardCharsets.UTF_8),
                        400,
                        "XML_DOCTYPE_FORBIDDEN"),
                Arguments.of(
                        "qdpx",
                        "path traversal in an archive entry",
                        withSource(
                                qde("plainTextPath=\"internal://a.txt\"", ""),
                                "sources/../../etc/cron.d/evil.txt",
                                new byte[] {65}),
                        400,
                        "UNSAFE_PATH"),
                Arguments.of(
                        "qdpx",
                        "path traversal in a source path",
                        good(qde("plainTextPath=\"internal://../../../etc/passwd\"", "")),
                        400,
                        "UNSAFE_PATH"),
                Arguments.of(
                        "qdpx",
                        "selection outside its source",
                        good(qde("plainTextPath=\"internal://a.txt\"", selection(5, 500))),
                        400,
                        "SELECTION_OUTSIDE_SOURCE"),
                Arguments.of(
                        "qdpx",
                        "missing source",
                        good(qde("plainTextPath=\"internal://missing.txt\"", selection(0, 3))),
                        400,
                        "SOURCE_MISSING"),
                Arguments.of(
                        "qdpx",
                        "source that is not UTF-8",
                        withSource(qde("plainTextPath=\"internal://a.txt\"", ""), "sources/a.txt", new byte[] {
                            (byte) 0xC3, 0x28
                        }),
                        400,
                        "SOURCE_NOT_TEXT"),
                Arguments.of(
                        "qdpx",
                        "unknown schema version",
                        good(qde("plainTextPath=\"internal://a.txt\"", "").replace("project:1.0", "project:2.0")),
                        400,
                        "UNSUPPORTED_SCHEMA_VERSION"),
                Arguments.of(
                        "qdpx",
                        "coding of an unknown code",
                        good(qde("plainTextPath=\"internal://a.txt\"", selection(0, 3))
                                .replace("name=\"c\"", "name=\"c\" ")
                                .replace("CodeRef targetGUID=\"11111111", "CodeRef targetGUID=\"99999999")),
                        400,
                        "INVALID_PROJECT_FILE"),
                Arguments.of(
                        "qdpx",
                        "malformed XML",
                        good("<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"),
                        400,
                        "MALFORMED_XML"),
                Arguments.of("qdpx", "empty body", new byte[0], 400, "IMPORT_BODY_MISSING"),
                Arguments.of("docx", "unknown format", new byte[] {1}, 400, "UNSUPPORTED_FORMAT"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostileFiles")
    void refusesWithAProblemNamingWhatIsWrongAndWritesNothing(
            String format, String name, byte[] file, int status, String code) throws Exception {
        long before = rows();

        EntityExchangeResult<byte[]> result = exchange.postImport(
                        token, "/api/projects/" + projectId + "/import?format=" + format, file)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult();

        JsonNode problem = json.readTree(result.getResponseBodyContent());
        assertThat(problem.get("error_code").asText()).isEqualTo(code);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                .doesNotContain("root:x:0:0")
                .doesNotContain("\tat ");
        assertThat(rows()).isEqualTo(before);
        assertThat(uploadsLeft()).isZero();
    }

    @Test
    void namesTheSelectionAndSourceThatDoNotFit() throws Exception {
        byte[] file = good(qde("plainTextPath=\"internal://a.txt\"", selection(5, 500)));

        JsonNode problem =
                json.readTree(exchange.postImport(token, "/api/projects/" + projectId + "/import?format=qdpx", file)
                        .expectStatus()
                        .isBadRequest()
                        .expectBody()
                        .returnResult()
                        .getResponseBodyContent());

        assertThat(problem.get("detail").asText())
                .contains(
                        "33333333-3333-4333-8333-333333333333",
                        "'Ana'",
                        "5 to 500",
                        String.valueOf(GOOD_SOURCE.length()));
        assertThat(problem.get("source").asText()).isEqualTo("Ana");
    }

    @Test
    void refusesATwoGigabyteUploadWhileStreamingItWithoutHoldingItInMemory() throws Exception {
        long before = rows();
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        byte[] chunk = new byte[1 << 20];
        Flux<DataBuffer> twoGigabytes = Flux.range(0, 2048).map(i -> buffers.wrap(chunk));

        api.http()
                .post()
                .uri("/api/projects/" + projectId + "/import?format=qdpx")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(twoGigabytes, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("IMPORT_TOO_LARGE");

        assertThat(rows()).isEqualTo(before);
        assertThat(uploadsLeft()).isZero();
    }

    @Test
    void refusesAnUploadThatDeclaresTwoGigabytesBeforeReadingIt() {
        api.http()
                .post()
                .uri("/api/projects/" + projectId + "/import?format=qdpx")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(2L << 30))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(new byte[16])), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("IMPORT_TOO_LARGE");
    }

    @Test
    void importIntoAnotherUsersProjectIsNotFound() throws Exception {
        String stranger = api.newUserToken();

        exchange.postImport(stranger, "/api/projects/" + projectId + "/import?format=qdpx", CareStudyFile.qdpx())
                .expectStatus()
                .isNotFound();
        api.get(stranger, "/api/projects/" + projectId + "/export?format=qdpx")
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(uploadsLeft()).isZero();
    }

    /** Staged uploads still on disk ({@code <data dir>/imports}, the default staging directory). */
    private long uploadsLeft() throws java.io.IOException {
        java.nio.file.Path dir = storage.dataDir().resolve("imports");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".upload"))
                    .count();
        }
    }

    private long rows() {
        return jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM codes) + (SELECT count(*) FROM memos)"
                        + " + (SELECT count(*) FROM job_runs) + (SELECT count(*) FROM projects)",
                Long.class);
    }
}
