package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenCounterTest {

    final TokenCounter counter = new TokenCounter();

    @ParameterizedTest
    @CsvSource({
        "gpt-4o-mini, O200K_BASE",
        "gpt-4.1, O200K_BASE",
        "o3-mini, O200K_BASE",
        "gpt-5, O200K_BASE",
        "azure/gpt-4o-2024-08-06, O200K_BASE",
        "gpt-4, CL100K_BASE",
        "gpt-3.5-turbo, CL100K_BASE",
        "llama3.1:8b, CL100K_BASE",
        "text-embedding-3-small, CL100K_BASE",
    })
    void choosesTheEncodingOfTheModelFamily(String model, EncodingType expected) {
        assertThat(TokenCounter.defaultEncoding(model)).isEqualTo(expected);
    }

    @Test
    void configuredEncodingWinsForDeploymentsWithOpaqueNames() {
        assertThat(counter.encodingFor("prod-chat", "o200k_base").getName()).isEqualTo("o200k_base");
        assertThat(counter.encodingFor("prod-chat", null).getName()).isEqualTo("cl100k_base");
    }

    @Test
    void countsSpecialTokenTextAsOrdinaryText() {
        var encoding = counter.encodingFor("gpt-4o", null);

        assertThat(counter.count(encoding, "<|endoftext|>")).isGreaterThan(1);
        assertThat(counter.count(encoding, "")).isZero();
    }

    @Test
    void truncatesToTheTokenLimit() {
        var encoding = counter.encodingFor("gpt-4o", null);
        String long_ = "palabra ".repeat(100);

        String cut = counter.truncate(encoding, long_, 10);

        assertThat(counter.count(encoding, cut)).isEqualTo(10);
        assertThat(counter.truncate(encoding, "corto", 10)).isEqualTo("corto");
    }
}
