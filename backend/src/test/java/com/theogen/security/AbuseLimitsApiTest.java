package com.theogen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Password guessing and mass sign-up over HTTP with the default limits (application.yml). The test acts as
 * several clients through {@code X-Forwarded-For}, which the test profile believes from loopback, the address of
 * a reverse proxy on the same machine.
 */
@IntegrationTest
class AbuseLimitsApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenWrongPasswordsFromOneAddressAreAnsweredThenTheAddressWaitsWhateverThePassword() {
        String email = registered();
        String stranger = ApiClient.someClientAddress();

        int answered = 0;
        EntityExchangeResult<JsonNode> response = login(email, "a wrong guess " + answered, stranger);
        while (response.getStatus().value() == 401 && answered < 50) {
            answered++;
            response = login(email, "a wrong guess " + answered, stranger);
        }

        // 10 at once, plus the few the bucket refills (one per 6 s) while a slow machine checks the passwords
        assertThat(answered).as("wrong logins answered before the first 429").isBetween(10, 15);
        assertThat(response.getStatus().value()).isEqualTo(429);
        assertThat(response.getResponseBody().get("error_code").asText()).isEqualTo("LOGIN_THROTTLED");
        long retryAfter = Long.parseLong(response.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isPositive();
        assertThat(response.getResponseBody().get("retry_after_seconds").asLong())
                .isEqualTo(retryAfter);
        // while throttled the password is not even checked: the right one gets the same 429
        assertThat(login(email, ApiClient.PASSWORD, stranger).getStatus().value())
                .isEqualTo(429);
        // the owner, elsewhere, is not locked out by a stranger
        assertThat(login(email, ApiClient.PASSWORD, ApiClient.someClientAddress())
                        .getStatus()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void guessesFromManyAddressesThrottleTheAccountForAWhileOnly() {
        String email = registered();
        int strangers = 0;
        EntityExchangeResult<JsonNode> throttled = null;
        while (throttled == null && strangers < 8) {
            String stranger = ApiClient.someClientAddress();
            strangers++;
            for (int i = 0; i < 10 && throttled == null; i++) {
                EntityExchangeResult<JsonNode> response = login(email, "guess " + i, stranger);
                if (response.getStatus().value() == 429) {
                    throttled = response;
                } else {
                    assertThat(response.getStatus().value()).isEqualTo(401);
                }
            }
        }

        assertThat(throttled)
                .as("the account is throttled after 30 failures from several addresses")
                .isNotNull();
        assertThat(strangers)
                .as("addresses it took; one alone cannot throttle an account")
                .isGreaterThan(3);
        assertThat(throttled.getResponseBody().get("error_code").asText()).isEqualTo("LOGIN_THROTTLED");
        // no permanent lockout: once the wait is over the owner, from an address of their own, signs in
        String owner = ApiClient.someClientAddress();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> login(email, ApiClient.PASSWORD, owner).getStatus().value() == 200);
    }

    @Test
    void fiveSignUpsFromOneAddressThenTheSixthIsThrottledAndCreatesNothing() {
        String address = ApiClient.someClientAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(register("signup-" + UUID.randomUUID() + "@example.org", address)
                            .getStatus()
                            .value())
                    .isEqualTo(201);
        }
        String sixth = "signup-" + UUID.randomUUID() + "@example.org";

        EntityExchangeResult<JsonNode> response = register(sixth, address);

        assertThat(response.getStatus().value()).isEqualTo(429);
        assertThat(response.getResponseBody().get("error_code").asText()).isEqualTo("REGISTRATION_THROTTLED");
        assertThat(Long.parseLong(response.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = ?", Long.class, sixth))
                .isZero();
        assertThat(register(sixth, ApiClient.someClientAddress()).getStatus().value())
                .isEqualTo(201);
    }

    private String registered() {
        String email = "guess-" + UUID.randomUUID() + "@example.org";
        api.register(email);
        return email;
    }

    private EntityExchangeResult<JsonNode> login(String email, String password, String address) {
        return post("/api/auth/login", Map.of("email", email, "password", password), address);
    }

    private EntityExchangeResult<JsonNode> register(String email, String address) {
        return post("/api/auth/register", Map.of("email", email, "password", ApiClient.PASSWORD), address);
    }

    private EntityExchangeResult<JsonNode> post(String uri, Map<String, String> body, String address) {
        return api.http()
                .post()
                .uri(uri)
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(JsonNode.class)
                .returnResult();
    }
}
