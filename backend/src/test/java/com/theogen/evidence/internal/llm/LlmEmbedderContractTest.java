package com.theogen.evidence.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.EmbedderContract;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.llm.internal.LlmTestClients;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remote embedder through the real LLM client and SDK against a local {@code /v1/embeddings} server. */
class LlmEmbedderContractTest extends EmbedderContract {

    static final String KEY = "sk-embeddings-test-0123456789";
    static ScriptedLlmServer server;
    static LlmEmbedder embedder;

    @BeforeAll
    static void start() throws IOException {
        server = embeddingsServer(96);
        LlmTestClients.Client client = LlmTestClients.openAi(server.baseUrl(), KEY, 4, Duration.ofSeconds(10), 2);
        embedder = new LlmEmbedder(client.llm(), "text-embedding-3-small", null, Duration.ofMinutes(1), client.clock());
    }

    /** Answers {@code /v1/embeddings} with {@code dimensions}-long bag-of-words vectors, for {@link #KEY} only. */
    static ScriptedLlmServer embeddingsServer(int dimensions) {
        return new ScriptedLlmServer(Dialect.OPENAI, KEY, 2, dimensions, Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected Embedder embedder() {
        return embedder;
    }

    @Test
    void probesItsDimensionOnceAndNamesTheModelInItsId() {
        assertThat(embedder.dimension()).isEqualTo(96);
        assertThat(embedder.modelId()).isEqualTo("llm:text-embedding-3-small");
        assertThat(server.requests().get(0).body().path("input").get(0).asText())
                .isEqualTo("dimension probe");
    }

    @Test
    void takesAConfiguredDimensionWithoutProbing() throws IOException {
        try (ScriptedLlmServer other = embeddingsServer(1536)) {
            LlmTestClients.Client client =
                    LlmTestClients.openAi(other.baseUrl(), KEY, 4, 32, Duration.ofSeconds(10), 2);
            LlmEmbedder configured =
                    new LlmEmbedder(client.llm(), "text-embedding-3-small", 32, Duration.ofMinutes(1), client.clock());

            assertThat(configured.dimension()).isEqualTo(32);
            assertThat(configured.modelId()).isEqualTo("llm:text-embedding-3-small:32");
            assertThat(other.requests()).isEmpty();
            assertThat(configured.embed("hola")).hasSize(32);
            assertThat(other.requests().get(0).body().path("dimensions").asInt())
                    .isEqualTo(32);
        }
    }

    @Test
    void reportsAnUnreachableServerAsARetriableEvidenceSourceFailure() throws IOException {
        ScriptedLlmServer gone = embeddingsServer(16);
        LlmTestClients.Client client = LlmTestClients.openAi(gone.baseUrl(), KEY, 4, Duration.ofSeconds(2), 1);
        LlmEmbedder remote =
                new LlmEmbedder(client.llm(), "text-embedding-3-small", null, Duration.ofMinutes(1), client.clock());
        gone.close();

        assertThatThrownBy(() -> remote.embedAll(List.of("the clinic closed")))
                .isInstanceOfSatisfying(EvidenceSourceException.class, e -> {
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.source()).isEqualTo(LlmEmbedder.SOURCE);
                });
    }

    @Test
    void reportsARejectedKeyAsNotRetriable() {
        LlmTestClients.Client client =
                LlmTestClients.openAi(server.baseUrl(), "sk-wrong-key-000000000", 4, Duration.ofSeconds(10), 1);
        LlmEmbedder wrongKey =
                new LlmEmbedder(client.llm(), "text-embedding-3-small", 96, Duration.ofMinutes(1), client.clock());

        assertThatThrownBy(() -> wrongKey.embed("hola"))
                .isInstanceOfSatisfying(EvidenceSourceException.class, e -> assertThat(e.retriable())
                        .isFalse());
    }
}
