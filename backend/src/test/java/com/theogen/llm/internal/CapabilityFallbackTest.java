package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static com.theogen.support.ScriptedLlmServer.Reply.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.LlmProperties.TokenParameter;
import com.theogen.llm.LlmResult;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Received;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Models that reject a parameter get the request again without it (or renamed), and the client remembers that for
 * the model from then on. Error bodies are the ones OpenAI, Azure and vLLM really send.
 */
class CapabilityFallbackTest {

    static final Reply MAX_TOKENS_UNSUPPORTED = error(
            400,
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
            "invalid_request_error",
            "max_tokens",
            "unsupported_parameter");
    static final Reply TEMPERATURE_UNSUPPORTED = error(
            400,
            "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is"
                    + " supported.",
            "invalid_request_error",
            "temperature",
            "unsupported_value");
    static final Reply JSON_SCHEMA_UNSUPPORTED = error(
            400,
            "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
            "invalid_request_error",
            "response_format",
            null);

    ScriptedLlmServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rejectedMaxTokensIsRenamedToMaxCompletionTokensAndRemembered() {
        TestLlm llm =
                TestLlm.openai(server).tokenParameter(TokenParameter.MAX_TOKENS).build();
        server.enqueue(MAX_TOKENS_UNSUPPORTED, chat(Outputs.CODING_JSON), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> first = llm.client.call(OpenAiWireTest.coding(), llm.run());
        llm.client.call(OpenAiWireTest.coding(), llm.run());

        Received rejected = server.request(0);
        Received retried = server.request(1);
        Received later = server.request(2);
        assertThat(rejected.body().path("max_tokens").asInt()).isEqualTo(800);
        assertThat(retried.body().has("max_tokens")).isFalse();
        assertThat(retried.body().path("max_completion_tokens").asInt()).isEqualTo(800);
        assertThat(later.body().has("max_tokens")).isFalse();
        assertThat(later.body().path("max_completion_tokens").asInt()).isEqualTo(800);
        assertThat(server.requests()).hasSize(3);
        assertThat(first.usage().adjustments()).containsExactly("max_tokens -> max_completion_tokens");
        assertThat(first.usage().retries()).isZero();
    }

    @Test
    void olderServerRejectingMaxCompletionTokensByMessageOnlyGetsMaxTokens() {
        TestLlm llm = TestLlm.openai(server).build();
        server.enqueue(
                Reply.raw(
                        400,
                        "{\"object\":\"error\",\"message\":\"[{'type': 'extra_forbidden', 'loc': ('body',"
                                + " 'max_completion_tokens'), 'msg': 'Extra inputs are not permitted'}]\","
                                + "\"type\":\"BadRequestError\",\"param\":null,\"code\":400}"),
                chat(Outputs.CODING_JSON));

        llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(server.request(1).body().path("max_tokens").asInt()).isEqualTo(800);
        assertThat(server.request(1).body().has("max_completion_tokens")).isFalse();
    }

    @Test
    void rejectedTemperatureIsDroppedAndNotSentAgain() {
        TestLlm llm = TestLlm.openai(server).build();
        server.enqueue(TEMPERATURE_UNSUPPORTED, chat(Outputs.CODING_JSON), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> first = llm.client.call(OpenAiWireTest.coding(), llm.run());
        llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(server.request(0).body().path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(server.request(1).body().has("temperature")).isFalse();
        assertThat(server.request(2).body().has("temperature")).isFalse();
        assertThat(first.usage().adjustments()).containsExactly("temperature dropped");
    }

    @Test
    void jsonSchemaFallsBackToJsonObjectThenToTheSchemaInThePrompt() {
        TestLlm llm = TestLlm.openai(server).build();
        Reply jsonObjectUnsupported = error(
                400,
                "'response_format.type' : value is not one of the allowed values ['text']",
                "invalid_request_error",
                "response_format.type",
                null);
        server.enqueue(JSON_SCHEMA_UNSUPPORTED, jsonObjectUnsupported, chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(server.request(0).body().path("response_format").path("type").asText())
                .isEqualTo("json_schema");
        assertThat(server.request(0).userMessage()).doesNotContain("JSON schema");
        assertThat(server.request(1).body().path("response_format").path("type").asText())
                .isEqualTo("json_object");
        assertThat(server.request(1).userMessage()).contains("It must match this JSON schema exactly");
        assertThat(server.request(2).body().has("response_format")).isFalse();
        assertThat(server.request(2).userMessage()).contains("\"fragment_id\"");
        assertThat(result.usage().adjustments())
                .containsExactly("response_format json_schema -> json_object", "response_format json_object dropped");
    }

    @Test
    void capabilityMemoryIsPerModel() {
        TestLlm llm = TestLlm.openai(server).build();
        server.enqueue(TEMPERATURE_UNSUPPORTED, chat(Outputs.CODING_JSON), chat(Outputs.CODING_JSON));

        llm.client.call(OpenAiWireTest.coding(), llm.run());
        llm.client.call(
                com.theogen.llm.LlmRequest.builder("open_coding", com.theogen.llm.ModelRole.REASONING, OpenCoding.class)
                        .variables(OpenAiWireTest.coding().variables())
                        .build(),
                llm.run());

        assertThat(server.request(2).body().path("model").asText()).isEqualTo("gpt-4.1");
        assertThat(server.request(2).body().path("temperature").asDouble()).isEqualTo(0.2);
    }

    @Test
    void aParameterRejectedUnderEveryNameEndsAsRequestRejected() {
        TestLlm llm = TestLlm.openai(server).build();
        Reply both = error(400, "Unsupported parameter: 'max_completion_tokens'", "invalid_request_error", null, null);
        Reply again = error(400, "Unsupported parameter: 'max_tokens'", "invalid_request_error", null, null);
        Reply stillBad = error(400, "Invalid 'messages[1]': too long", "invalid_request_error", "messages", null);
        server.enqueue(both, again, stillBad);

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("LLM_REQUEST_REJECTED");
                    assertThat(e.getMessage()).contains("too long");
                });
        assertThat(server.request(2).body().has("max_tokens")).isFalse();
        assertThat(server.request(2).body().has("max_completion_tokens")).isFalse();
        assertThat(server.requests()).hasSize(3);
    }
}
