package com.theogen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code theogen.security.registration=closed}: nobody signs up over HTTP; an account the operator created (the
 * {@code account create} command calls {@link Accounts#create}, see {@link AccountCliTest}) signs in as usual.
 */
@IntegrationTest
@TestPropertySource(properties = "theogen.security.registration=closed")
class ClosedRegistrationTest {

    @Autowired
    ApiClient api;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signUpIsRefusedAndWritesNothing() {
        String email = "closed-" + UUID.randomUUID() + "@example.org";
        long before = jdbc.queryForObject("SELECT count(*) FROM users", Long.class);

        JsonNode problem = api.http()
                .post()
                .uri("/api/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(problem.get("error_code").asText()).isEqualTo("REGISTRATION_CLOSED");
        assertThat(problem.get("detail").asText()).contains("operator");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anOperatorCreatedAccountSignsIn() {
        String email = "operator-made-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, ApiClient.PASSWORD, "Made by ops");

        JsonNode token = api.http()
                .post()
                .uri("/api/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(token.get("user").get("display_name").asText()).isEqualTo("Made by ops");
    }
}
