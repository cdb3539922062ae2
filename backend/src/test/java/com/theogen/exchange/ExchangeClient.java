package com.theogen.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** REFI-QDA files for tests, and the exchange endpoints spoken as a client would. */
final class ExchangeClient {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    private final ApiClient api;

    ExchangeClient(ApiClient api) {
        this.api = api;
    }

    /** A zip of entries, in order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A .qdpx of a project file and its plain-text sources. */
    static byte[] qdpx(String qde, Map<String, String> sources) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        sources.forEach((name, text) -> entries.put("Sources/" + name, text.getBytes(StandardCharsets.UTF_8)));
        return zip(entries);
    }

    /** The entries of a zip by name. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A .qdpx made of a test-resource folder (project.qde and sources/). */
    static byte[] folder(String resource) {
        try {
            Path root = Path.of(ExchangeClient.class.getResource("/" + resource).toURI());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("project.qde", Files.readAllBytes(root.resolve("project.qde")));
            try (Stream<Path> files = Files.list(root.resolve("sources"))) {
                for (Path file : files.sorted().toList()) {
                    entries.put("sources/" + file.getFileName(), Files.readAllBytes(file));
                }
            }
            return zip(entries);
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates XML against one of the REFI-QDA schemas kept in test resources. */
    static void assertValid(byte[] xml, String schema) {
        try (InputStream xsd = ExchangeClient.class.getResourceAsStream("/refi-qda/" + schema)) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(new StreamSource(xsd))
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("not valid against " + schema + ": " + e.getMessage(), e);
        }
    }

    WebTestClient.ResponseSpec postImport(String token, String uri, byte[] body) {
        return api.http()
                .post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(body)
                .exchange();
    }

    /** Imports and waits for the job; returns the accepted response. */
    JsonNode importAndWait(String token, String uri, byte[] body) {
        JsonNode accepted = postImport(token, uri, body)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(accepted).isNotNull();
        JsonNode done = awaitJob(token, accepted.get("status_url").asText());
        assertThat(done.get("status").asText()).as("import job %s", done).isEqualTo("completed");
        return accepted;
    }

    JsonNode awaitJob(String token, String statusUrl) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode job = json(token, statusUrl);
            last.set(job);
            String status = job.get("status").asText();
            return status.equals("completed") || status.equals("failed") || status.equals("canceled");
        });
        return last.get();
    }

    byte[] export(String token, String projectId, String format) {
        return api.get(token, "/api/projects/" + projectId + "/export?format=" + format)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
    }

    JsonNode json(String token, String uri) {
        return api.get(token, uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
