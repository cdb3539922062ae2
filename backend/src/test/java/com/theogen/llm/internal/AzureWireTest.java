package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.llm.ByoKey;
import com.theogen.llm.CostMode;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmRunContext;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Received;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against an Azure OpenAI-format server: deployment paths, api-version, api-key header. */
class AzureWireTest {

    ScriptedLlmServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedLlmServer(Dialect.AZURE, TestLlm.SERVER_KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void chatGoesToTheDeploymentPathWithApiVersionAndApiKeyHeader() {
        TestLlm llm = TestLlm.azure(server).build();
        server.enqueue(chat(Outputs.CODING_JSON));

        llm.client.call(OpenAiWireTest.coding(), llm.run());

        Received sent = server.request(0);
        assertThat(sent.path()).isEqualTo("/openai/deployments/gpt-4o-mini/chat/completions");
        assertThat(sent.query()).isEqualTo("api-version=2024-10-21");
        assertThat(sent.header("api-key")).contains(TestLlm.SERVER_KEY);
        assertThat(sent.header("authorization")).isEmpty();
        assertThat(sent.body().path("response_format").path("type").asText()).isEqualTo("json_schema");
    }

    @Test
    void azureMessageOnlyRejectionOfJsonSchemaFallsBackToJsonObject() {
        TestLlm llm = TestLlm.azure(server).build();
        server.enqueue(
                Reply.raw(
                        400,
                        "{\"error\":{\"code\":\"BadRequest\",\"message\":\"response_format value as json_schema is"
                                + " enabled only for api versions 2024-08-01-preview and later\"}}"),
                chat(Outputs.CODING_JSON));

        llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(server.request(1).body().path("response_format").path("type").asText())
                .isEqualTo("json_object");
    }

    @Test
    void usersOwnKeyTravelsAsApiKeyForThatRunOnly() {
        TestLlm llm = TestLlm.azure(server)
                .serverKey("")
                .costMode(CostMode.BYO_KEY, true)
                .build();
        String userKey = TestLlm.SERVER_KEY; // the scripted server accepts exactly this key
        server.enqueue(chat(Outputs.CODING_JSON));
        LlmRunContext run = new LlmRunContext(
                ByoKey.fromHeader(userKey), llm.time.instant().plus(Duration.ofHours(1)), () -> false, llm.log);

        llm.client.call(OpenAiWireTest.coding(), run);

        assertThat(server.request(0).header("api-key")).contains(userKey);
        assertThat(llm.log.calls().get(0).keySource()).isEqualTo(LlmAccess.KeySource.USER);
    }

    @Test
    void embeddingsGoToTheEmbeddingDeploymentInBatchesAsFloats() {
        TestLlm llm = TestLlm.azure(server).embeddingBatch(2, 8191).build();
        server.enqueue(
                Reply.embeddings(new float[] {0.1f, 0.2f}, new float[] {0.3f, 0.4f}),
                Reply.embeddings(new float[] {0.5f, 0.6f}));

        Embeddings result = llm.client.embed(List.of("uno", "dos", "tres"), llm.run());

        assertThat(result.vectors()).hasSize(3);
        assertThat(result.vectors().get(2)).containsExactly(0.5f, 0.6f);
        assertThat(result.dimensions()).isEqualTo(2);
        assertThat(server.requests()).hasSize(2);
        Received first = server.request(0);
        assertThat(first.path()).isEqualTo("/openai/deployments/text-embedding-3-small/embeddings");
        assertThat(first.body().path("input")).extracting(n -> n.asText()).containsExactly("uno", "dos");
        assertThat(first.body().path("encoding_format").asText()).isEqualTo("float");
        assertThat(result.usage().inputTokens()).isEqualTo(14);
        assertThat(llm.log.calls()).containsExactly(result.usage());
    }

    @Test
    void embeddingInputsLongerThanTheModelLimitAreCutBeforeSending() {
        TestLlm llm = TestLlm.azure(server).embeddingBatch(16, 20).build();
        server.enqueue(Reply.embeddings(new float[] {1f}, new float[] {2f}));
        String longText = "palabra ".repeat(200);

        Embeddings result = llm.client.embed(List.of("corto", longText), llm.run());

        assertThat(result.truncatedInputs()).isEqualTo(1);
        String sent = server.request(0).body().path("input").get(1).asText();
        assertThat(new TokenCounter().count(new TokenCounter().encodingFor("text-embedding-3-small", null), sent))
                .isLessThanOrEqualTo(20);
        assertThat(server.request(0).body().path("input").get(0).asText()).isEqualTo("corto");
    }

    @Test
    void noServerKeyAndNoUserKeyMeansOfflineDegradedInPaidMode() {
        TestLlm llm = TestLlm.azure(server).serverKey("").build();

        assertThat(llm.client.access(Optional.empty())).satisfies(a -> {
            assertThat(a.remote()).isFalse();
            assertThat(a.degraded()).isTrue();
        });
        assertThat(server.requests()).isEmpty();
    }
}
