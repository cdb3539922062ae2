package com.theogen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.web.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.reactive.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The web layer alone (no database, no modules): how every failure a controller, codec or filter lets through becomes
 * an RFC 9457 problem with a stable {@code error_code} — the status of each {@link ErrorCategory}, the bad-input codes,
 * the 500 with an incident id and no stack trace.
 */
@WebFluxTest(
        controllers = ProblemMappingSliceTest.Failing.class,
        excludeAutoConfiguration = {
            ReactiveSecurityAutoConfiguration.class,
            ReactiveUserDetailsServiceAutoConfiguration.class
        })
@Import({ProblemMappingSliceTest.Failing.class, ProblemResponses.class, StrictJsonConfiguration.class})
class ProblemMappingSliceTest {

    record Note(@NotBlank String title, int count) {}

    /** Endpoints that fail on purpose, one way each. */
    @RestController
    static class Failing {

        @GetMapping("/slice/domain/{category}")
        Mono<String> domain(@PathVariable ErrorCategory category) {
            Map<String, Object> details = category == ErrorCategory.TOO_MANY_REQUESTS
                    ? Map.of(ProblemResponses.RETRY_AFTER_SECONDS, 7)
                    : Map.of("field", "title");
            return Mono.error(new DomainException(category, "SLICE_" + category, "It failed as asked", details));
        }

        @PostMapping(value = "/slice/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<Note> note(@Valid @RequestBody Note note) {
            return Mono.just(note);
        }

        @GetMapping("/slice/search")
        Mono<String> search(@RequestParam String q) {
            return Mono.just(q);
        }

        @GetMapping("/slice/forbidden")
        Mono<String> forbidden() {
            return Mono.error(new AccessDeniedException("no"));
        }

        @GetMapping("/slice/defect")
        Mono<String> defect() {
            return Mono.error(new IllegalStateException("secret internals at com.theogen.Something"));
        }
    }

    @Autowired
    WebTestClient client;

    @ParameterizedTest
    @EnumSource(ErrorCategory.class)
    void rendersADomainErrorWithItsCategorysStatusAndItsCode(ErrorCategory category) {
        String code = "SLICE_" + category;
        client.get()
                .uri("/slice/domain/{category}", category)
                .exchange()
                .expectStatus()
                .isEqualTo(category.httpStatus())
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(category.httpStatus())
                .jsonPath("$.error_code")
                .isEqualTo(code)
                .jsonPath("$.type")
                .isEqualTo("urn:theogen:error:" + code.toLowerCase(Locale.ROOT))
                .jsonPath("$.detail")
                .isEqualTo("It failed as asked")
                .jsonPath("$.instance")
                .isEqualTo("/slice/domain/" + category);
    }

    @Test
    void carriesDetailsAsMembersAndARetryAfterHeaderForRateLimits() {
        client.get()
                .uri("/slice/domain/INVALID_INPUT")
                .exchange()
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("title");
        client.get()
                .uri("/slice/domain/TOO_MANY_REQUESTS")
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .valueEquals("Retry-After", "7");
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingTheFieldWithoutConvertingIt() {
        post("{\"title\": 5, \"count\": 1}", 400, "INVALID_TYPE")
                .jsonPath("$.field")
                .isEqualTo("title")
                .jsonPath("$.expected")
                .isEqualTo("a string");
    }

    @Test
    void refusesTextWithANulCharacter() {
        post("{\"title\": \"a\\u0000b\", \"count\": 1}", 400, "INVALID_TEXT");
    }

    @Test
    void refusesUnknownFieldsMalformedJsonAndAMissingBody() {
        post("{\"title\": \"a\", \"count\": 1, \"colour\": \"red\"}", 400, "UNKNOWN_FIELD");
        post("{\"title\": ", 400, "MALFORMED_JSON");
        post("", 400, "MISSING_BODY");
    }

    @Test
    void listsEveryInvalidFieldOfAValidatedBody() {
        post("{\"title\": \" \", \"count\": 1}", 400, "VALIDATION_FAILED")
                .jsonPath("$.errors[0].field")
                .isEqualTo("title");
    }

    @Test
    void refusesAnUnsupportedContentTypeAndAnOversizedBody() {
        client.post()
                .uri("/slice/notes")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("title")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        post("{\"title\": \"" + "x".repeat(300 * 1024) + "\", \"count\": 1}", 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void namesAMissingParameterAnUnknownPathAndAWrongMethod() {
        expect(client.get().uri("/slice/search").exchange(), 400, "MISSING_PARAMETER");
        expect(client.get().uri("/slice/nowhere").exchange(), 404, "NOT_FOUND");
        expect(client.delete().uri("/slice/search").exchange(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void mapsSecurityRefusals() {
        expect(client.get().uri("/slice/forbidden").exchange(), 403, "ACCESS_DENIED");
    }

    @Test
    void answersAnUnexpectedFailureWithAnIncidentIdAndNothingOfTheServersInternals() {
        String body = new String(
                expect(client.get().uri("/slice/defect").exchange(), 500, "INTERNAL_ERROR")
                        .jsonPath("$.incident_id")
                        .isNotEmpty()
                        .returnResult()
                        .getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body)
                .doesNotContain("secret internals")
                .doesNotContain("com.theogen")
                .doesNotContain("trace");
    }

    private BodyContentSpec post(String json, int status, String code) {
        return expect(
                client.post()
                        .uri("/slice/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(json)
                        .exchange(),
                status,
                code);
    }

    private static BodyContentSpec expect(WebTestClient.ResponseSpec response, int status, String code) {
        return response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo(code);
    }
}
