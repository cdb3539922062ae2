package com.theogen.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test helper speaking the public HTTP API as a client would. */
@TestComponent
public class ApiClient {

    public static final String PASSWORD = "correct horse battery staple";

    /**
     * Generous, because on a busy 2-core machine a first request (Argon2 hashing, the first OpenAPI build) can
     * take longer than WebTestClient's default of 5 s; tests assert behaviour, never timing.
     */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectProvider<WebTestClient> client;
    private volatile WebTestClient patient;

    /** The client is looked up lazily: it knows the server's random port only once the server has started. */
    public ApiClient(ObjectProvider<WebTestClient> client) {
        this.client = client;
    }

    /**
     * Responses may take longer than WebTestClient's 5 s default on a shared, loaded build machine (password
     * hashing is deliberately slow); a generous timeout keeps tests about behaviour, not speed.
     */
    public WebTestClient http() {
        if (patient == null) {
            patient = client.getObject()
                    .mutate()
                    .responseTimeout(RESPONSE_TIMEOUT)
                    .build();
        }
        return patient;
    }

    /** Registers a fresh user and returns their bearer token. */
    public String newUserToken() {
        return register("user-" + UUID.randomUUID() + "@example.org")
                .get("access_token")
                .asText();
    }

    /**
     * Registers {@code email}. Each registration comes from an address of its own (X-Forwarded-For, believed from
     * loopback in the test profile), so the per-address sign-up limit never stops a test that needs many users.
     */
    public JsonNode register(String email) {
        return register(email, "Tester");
    }

    public JsonNode register(String email, String displayName) {
        return http().post()
                .uri("/api/auth/register")
                .header("X-Forwarded-For", someClientAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "display_name", displayName))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    /** A fresh address in 198.18.0.0/15, the range set aside for benchmarking (RFC 2544). */
    public static String someClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public JsonNode createProject(String token, Map<String, Object> body) {
        JsonNode created = http().post()
                .uri("/api/projects")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(created).isNotNull();
        return created;
    }

    public WebTestClient.RequestHeadersSpec<?> get(String token, String uri) {
        return http().get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    /** The body of a request that must answer 200, as JSON. */
    public static JsonNode okJson(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    /** The OpenAPI document the server serves. */
    public JsonNode apiDocs() {
        return okJson(http().get().uri("/v3/api-docs"));
    }
}
