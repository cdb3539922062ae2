package com.theogen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.theogen.security.Accounts.SignedIn;
import com.theogen.shared.DomainException;
import com.theogen.shared.StorageProperties;
import com.theogen.support.Tokens;
import com.theogen.web.BlockingBridge;
import com.theogen.web.ProblemResponses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The security module started alone (STANDALONE) with its two dependencies, both infrastructure: the {@code shared}
 * kernel (the embedded PostgreSQL with the Liquibase schema: the {@code users} table) and the {@code web} edge
 * ({@link BlockingBridge}, {@link ProblemResponses}, the error rendering), named as extra includes because Modulith's
 * {@code DIRECT_DEPENDENCIES} mode does not start the open {@code shared} module. No other module starts and nothing
 * is mocked: its accounts, token issuer and decoder, and its filter chain in front of its own {@code /api/auth}
 * endpoints are the real ones.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "web"})
@ActiveProfiles("test")
@AutoConfigureWebTestClient
class SecurityModuleTest {

    private static final String PASSWORD = "a long and secret passphrase";

    @Autowired
    Accounts accounts;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProperties storage;

    @Autowired
    SecurityProperties properties;

    @Test
    void aRegisteredUserGetsATokenThatSignsThemInAndIsAnnounced(AssertablePublishedEvents events) {
        String email = email();

        SignedIn registered = accounts.register(email, PASSWORD, "Ana", client());

        assertThat(registered.user().email()).isEqualTo(email);
        assertThat(registered.expiresInSeconds())
                .isEqualTo(properties.tokenTtl().toSeconds());
        assertThat(events)
                .contains(UserRegistered.class)
                .matching(UserRegistered::userId, registered.user().id());
        me(registered.accessToken())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id(registered));
    }

    @Test
    void loginIssuesAFreshTokenAndAnswersAWrongPasswordLikeAnUnknownEmail() {
        String email = email();
        SignedIn registered = accounts.register(email, PASSWORD, null, client());

        SignedIn login = accounts.login(email.toUpperCase(), PASSWORD, client());

        assertThat(login.user().id()).isEqualTo(registered.user().id());
        assertThat(login.accessToken()).isNotEqualTo(registered.accessToken());
        me(login.accessToken())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id(registered));
        DomainException wrong = refused(() -> accounts.login(email, "not the passphrase", client()));
        DomainException unknown = refused(() -> accounts.login(email(), PASSWORD, client()));
        assertThat(wrong.code()).isEqualTo(SecurityError.INVALID_CREDENTIALS);
        assertThat(unknown.code()).isEqualTo(SecurityError.INVALID_CREDENTIALS);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void refusesTokensItDidNotSignOrWhoseUserIsGone() throws Exception {
        SignedIn registered = accounts.register(email(), PASSWORD, null, client());
        String subject = registered.user().id().toString();
        Instant later = Instant.now().plusSeconds(600);

        String forged = Tokens.sign(Tokens.strangerKey(), properties.tokenIssuer(), subject, later);
        String otherIssuer = Tokens.sign(Tokens.appKey(storage.dataDir()), "https://elsewhere", subject, later);
        String expired = Tokens.sign(
                Tokens.appKey(storage.dataDir()),
                properties.tokenIssuer(),
                subject,
                Instant.now().minusSeconds(600));

        for (String token : List.of(forged, otherIssuer, expired, altered(registered.accessToken()))) {
            me(token)
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody()
                    .jsonPath("$.error_code")
                    .exists();
        }
        http.get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
        me(registered.accessToken()).expectStatus().isOk();
        jdbc.update("DELETE FROM users WHERE id = ?", registered.user().id());
        me(registered.accessToken()).expectStatus().isUnauthorized();
    }

    @Test
    void neitherThePasswordNorTheTokenIsStoredInClearAnywhereInTheDatabase() {
        SignedIn registered = accounts.register(email(), PASSWORD, null, client());
        SignedIn login = accounts.login(registered.user().email(), PASSWORD, client());
        me(login.accessToken()).expectStatus().isOk();

        String hash = jdbc.queryForObject(
                "SELECT password_hash FROM users WHERE id = ?",
                String.class,
                registered.user().id());
        assertThat(hash).startsWith("$argon2id$");
        for (String secret : List.of(PASSWORD, registered.accessToken(), login.accessToken())) {
            assertThat(rowsHolding(secret))
                    .as("tables holding a secret in clear")
                    .isEmpty();
        }
        assertThat(rowsHolding(registered.user().email()))
                .as("the search itself finds stored text")
                .contains("users");
    }

    /** The tables with a row whose text form contains {@code text}. */
    private List<String> rowsHolding(String text) {
        return jdbc
                .queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                + "AND table_type = 'BASE TABLE'",
                        String.class)
                .stream()
                .filter(table -> jdbc.queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0)",
                        Boolean.class,
                        text))
                .toList();
    }

    /** The token with one character of its signature changed. */
    private static String altered(String token) {
        int at = token.length() - 10;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + changed + token.substring(at + 1);
    }

    private WebTestClient.ResponseSpec me(String token) {
        return http.get()
                .uri("/api/auth/me")
                .headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    private static DomainException refused(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    private static String id(SignedIn signedIn) {
        return signedIn.user().id().toString();
    }

    private static String email() {
        return "module-" + UUID.randomUUID() + "@example.org";
    }

    /** A client address of its own for every call, so that the per-address limits never interfere. */
    private static InetAddress client() {
        byte[] address = {10, 0, 0, 0};
        ThreadLocalRandom.current().nextBytes(address);
        address[0] = 10;
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
