package com.theogen.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.shared.DomainException;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The LLM layer as wired by Spring with the shipped defaults: offline, paid, users' keys not accepted. */
@IntegrationTest
class LlmApiTest {

    static final String KEY = "sk-user-NotStoredNotLogged-123456";

    @Autowired
    ApiClient api;

    @Autowired
    LlmClient llm;

    @Test
    void statusShowsTheOfflineDefaultWithoutDegrading() {
        JsonNode status = api.get(api.newUserToken(), "/api/llm/status")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(status.get("provider").asText()).isEqualTo("offline");
        assertThat(status.get("cost_mode").asText()).isEqualTo("paid");
        assertThat(status.get("allow_byo_key").asBoolean()).isFalse();
        assertThat(status.get("byo_key_header").asText()).isEqualTo(ByoKey.HEADER);
        assertThat(status.get("access").get("remote").asBoolean()).isFalse();
        assertThat(status.get("access").get("degraded").asBoolean()).isFalse();
        assertThat(status.get("access").get("key_source").asText()).isEqualTo("none");
    }

    @Test
    void ownKeyIsRefusedWhileTheServerDoesNotAcceptThemAndNeverEchoed() {
        String body = new String(api.get(api.newUserToken(), "/api/llm/status")
                .header(ByoKey.HEADER, KEY)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("BYO_KEY_NOT_ALLOWED")
                .returnResult()
                .getResponseBodyContent());

        assertThat(body).doesNotContain(KEY);
    }

    @Test
    void malformedKeyHeaderIsABadRequest() {
        api.get(api.newUserToken(), "/api/llm/status")
                .header(ByoKey.HEADER, "x".repeat(600))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("BYO_KEY_MALFORMED");
    }

    @Test
    void statusNeedsAnAuthenticatedCaller() {
        api.http().get().uri("/api/llm/status").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void clientBeanRefusesRemoteCallsWhenOffline() {
        LlmRunContext run = LlmRunContext.until(Instant.now().plusSeconds(60));

        assertThatThrownBy(() -> llm.embed(List.of("hola"), run))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("LLM_OFFLINE"));
        assertThat(llm.budget(ModelRole.REASONING, 4_000).available()).isEqualTo(128_000 - 4_000 - 3_840);
    }

    @Test
    void healthHasAnLlmComponent() {
        api.http()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.llm.status")
                .isEqualTo("UP");
    }
}
