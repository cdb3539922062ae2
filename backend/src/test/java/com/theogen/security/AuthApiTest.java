package com.theogen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.theogen.shared.StorageProperties;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuthApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProperties storage;

    @Test
    void registeredUserCanLogInAndCallTheApi() {
        String email = "Ana." + UUID.randomUUID() + "@Example.org";
        JsonNode registered = api.register(email);
        assertThat(registered.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(registered.get("user").get("email").asText()).isEqualTo(email.toLowerCase());

        JsonNode login = login(email.toUpperCase(), ApiClient.PASSWORD, 200);
        api.get(login.get("access_token").asText(), "/api/auth/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(registered.get("user").get("id").asText());
    }

    @Test
    void storesOnlyAnArgon2HashOfThePassword() {
        String email = "hash-" + UUID.randomUUID() + "@example.org";
        api.register(email);
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE email = ?", String.class, email);
        assertThat(hash).startsWith("$argon2id$").doesNotContain(ApiClient.PASSWORD);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = "pw-" + UUID.randomUUID() + "@example.org";
        api.register(email);
        JsonNode wrong = login(email, "not the password at all", 401);
        JsonNode unknown = login("nobody-" + UUID.randomUUID() + "@example.org", ApiClient.PASSWORD, 401);
        assertThat(wrong.get("error_code").asText()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
    }

    @Test
    void secondRegistrationWithTheSameEmailIsAConflict() {
        String email = "dup-" + UUID.randomUUID() + "@example.org";
        api.register(email);
        api.http()
                .post()
                .uri("/api/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email.toUpperCase(), "password", ApiClient.PASSWORD))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("EMAIL_TAKEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, email))
                .isEqualTo(1);
    }

    @Test
    void apiNeedsATokenButHealthAndAuthDoNot() {
        api.http()
                .get()
                .uri("/api/projects")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("AUTHENTICATION_REQUIRED");
        api.http().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void rejectsExpiredForgedAndForeignIssuerTokens() throws Exception {
        String userId = api.register("tok-" + UUID.randomUUID() + "@example.org")
                .get("user")
                .get("id")
                .asText();
        RSAKey appKey = Tokens.appKey(storage.dataDir());
        Instant later = Instant.now().plusSeconds(3600);

        String valid = Tokens.sign(appKey, "theogen", userId, later);
        api.get(valid, "/api/projects").exchange().expectStatus().isOk();

        for (String bad : new String[] {
            Tokens.sign(appKey, "theogen", userId, Instant.now().minusSeconds(3600)),
            Tokens.sign(Tokens.strangerKey(), "theogen", userId, later),
            Tokens.sign(appKey, "https://evil.example", userId, later),
            Tokens.sign(appKey, "theogen", UUID.randomUUID().toString(), later),
            valid.substring(0, valid.length() - 4) + "AAAA",
            "not-a-jwt"
        }) {
            api.get(bad, "/api/projects")
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody()
                    .jsonPath("$.error_code")
                    .isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void signingKeyIsKeptInTheDataDirectoryReadableOnlyByTheOwner() throws Exception {
        Path key = storage.dataDir().resolve("keys/jwt-signing-key.json");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
    }

    private JsonNode login(String email, String password, int status) {
        return api.http()
                .post()
                .uri("/api/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
