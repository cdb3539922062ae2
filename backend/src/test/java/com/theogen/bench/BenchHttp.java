package com.theogen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.TheoGenApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What the benchmarks do over HTTP, as a client would: start the embedded application on a random port with a
 * throw-away database, register, create projects, upload transcripts, call the API. Not used by tests.
 */
public final class BenchHttp {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private BenchHttp() {}

    /**
     * The application on the embedded defaults, a random port and an ephemeral database under {@code
     * target/<dataDir>}; {@code extra} arguments come last (command-line arguments outrank application.yml).
     */
    public static ConfigurableApplicationContext start(String dataDir, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--theogen.storage.ephemeral=true",
                "--theogen.storage.data-dir=target/" + dataDir,
                "--theogen.demo.seed-on-registration=false",
                // benchmarks sign many users up from one address; the sign-up limit is bench/abuse's subject
                "--theogen.security.registration-throttle.per-address=1000000",
                "--logging.level.root=WARN"));
        args.addAll(extra);
        return new SpringApplicationBuilder(TheoGenApplication.class).run(args.toArray(String[]::new));
    }

    public static WebClient client(ConfigurableApplicationContext app) {
        return WebClient.builder()
                .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .build();
    }

    /** A new user; returns the access token. */
    public static String register(WebClient client) {
        return post(
                        client,
                        null,
                        "/api/auth/register",
                        Map.of(
                                "email",
                                "bench-" + UUID.randomUUID() + "@example.org",
                                "password",
                                "benchmark passphrase"))
                .get("access_token")
                .asText();
    }

    /** A new project with these fields; returns its id. */
    public static String createProject(WebClient client, String token, Map<String, String> fields) {
        return post(client, token, "/api/projects", fields).get("id").asText();
    }

    /** One multipart upload of these files (file name → content); returns the upload's answer. */
    public static JsonNode upload(WebClient client, String token, String projectId, Map<String, byte[]> files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        files.forEach((name, content) ->
                body.part("files", new ByteArrayResource(content)).filename(name));
        return client.post()
                .uri("/api/projects/" + projectId + "/interviews")
                .header("Authorization", "Bearer " + token)
                .body(BodyInserters.fromMultipartData(body.build()))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(PATIENCE);
    }

    public static JsonNode post(WebClient client, String token, String uri, Object body) {
        WebClient.RequestBodySpec request = client.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.bodyValue(body).retrieve().bodyToMono(JsonNode.class).block(PATIENCE);
    }

    public static JsonNode get(WebClient client, String token, String uri) {
        return client.get()
                .uri(uri)
                .header("Authorization", "Bearer " + token)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(PATIENCE);
    }
}
