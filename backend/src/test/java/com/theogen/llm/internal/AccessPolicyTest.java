package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.ByoKey;
import com.theogen.llm.CostMode;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmAccess.KeySource;
import com.theogen.llm.LlmProperties;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

    static final Optional<ByoKey> USER = ByoKey.fromHeader("sk-user-key-1234");

    static AccessPolicy policy(CostMode mode, boolean allowByoKey, boolean serverKey) {
        LlmProperties properties = TestLlm.openai("http://127.0.0.1:9/v1")
                .costMode(mode, allowByoKey)
                .properties();
        return new AccessPolicy(properties, serverKey);
    }

    @ParameterizedTest(name = "{0}, allow={1}, server key={2}, user key={3} -> remote={4} degraded={5} {6}")
    @CsvSource({
        "PAID,    false, true,  false, true,  false, SERVER",
        "PAID,    false, false, false, false, true,  NONE",
        "PAID,    true,  true,  true,  true,  false, SERVER",
        "PAID,    true,  false, true,  true,  false, USER",
        "HYBRID,  true,  true,  true,  true,  false, USER",
        "HYBRID,  true,  true,  false, true,  false, SERVER",
        "HYBRID,  true,  false, false, false, true,  NONE",
        "BYO_KEY, true,  true,  true,  true,  false, USER",
    })
    void decidesWhoseKeyPays(
            CostMode mode,
            boolean allow,
            boolean serverKey,
            boolean userKey,
            boolean remote,
            boolean degraded,
            KeySource source) {
        LlmAccess access = policy(mode, allow, serverKey).decide(userKey ? USER : Optional.empty());

        assertThat(access.remote()).isEqualTo(remote);
        assertThat(access.degraded()).isEqualTo(degraded);
        assertThat(access.keySource()).isEqualTo(source);
    }

    @Test
    void byoKeyModeWithoutAKeyIsABadRequest() {
        assertThatThrownBy(() -> policy(CostMode.BYO_KEY, true, true).decide(Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("BYO_KEY_REQUIRED");
                    assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
                    assertThat(e.getMessage()).contains(ByoKey.HEADER);
                });
    }

    @Test
    void keyIsRefusedWhenTheServerDoesNotAcceptUsersKeys() {
        assertThatThrownBy(() -> policy(CostMode.PAID, false, true).decide(USER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("BYO_KEY_NOT_ALLOWED");
                    assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
                });
    }

    @Test
    void offlineProviderIsOfflineButNotDegraded() {
        LlmAccess access = new AccessPolicy(TestLlm.offline().properties(), false).decide(Optional.empty());

        assertThat(access.remote()).isFalse();
        assertThat(access.degraded()).isFalse();
    }

    @Test
    void malformedKeyHeaderIsRefusedWithoutEchoingIt() {
        String bad = "sk-abc def\u0001";

        assertThatThrownBy(() -> ByoKey.fromHeader(bad)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("BYO_KEY_MALFORMED");
            assertThat(e.getMessage()).doesNotContain("sk-abc");
        });
        assertThat(ByoKey.fromHeader("   ")).isEmpty();
        assertThat(ByoKey.fromHeader(null)).isEmpty();
    }
}
