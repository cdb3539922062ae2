package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.ModelRole;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Received;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against an OpenAI-format server: what it sends, and how it reads each kind of reply. */
class OpenAiWireTest {

    ScriptedLlmServer server;
    TestLlm llm;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY);
        llm = TestLlm.openai(server).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static LlmRequest<OpenCoding> coding() {
        return LlmRequest.builder("open_coding", ModelRole.CODING, OpenCoding.class)
                .language(Language.EN)
                .domainTemplate("health")
                .variables(Map.of(
                        "research_question", "How do families sustain care?",
                        "existing_codes", "-",
                        "fragments", "[f1] I stay up every night.\n[f2] I call my sister."))
                .maxOutputTokens(800)
                .build();
    }

    @Test
    void sendsPromptSchemaBearerKeyAndTokenCapThenReturnsTheParsedOutput() {
        server.enqueue(chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(coding(), llm.run());

        assertThat(result.output().codes()).extracting(c -> c.fragmentId()).containsExactly("f1", "f2");
        Received sent = server.request(0);
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).contains("Bearer " + TestLlm.SERVER_KEY);
        JsonNode body = sent.body();
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(800);
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("open_coding");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema")
                        .path("schema")
                        .path("properties")
                        .path("codes")
                        .path("items")
                        .path("required"))
                .extracting(JsonNode::asText)
                .containsExactly("label", "fragment_id", "quote", "confidence");
        assertThat(sent.systemMessage()).contains("open coding").contains("carers, nurses");
        assertThat(sent.userMessage()).contains("[f2] I call my sister.").doesNotContain("{{");
        assertThat(result.usage().inputTokens()).isEqualTo(321);
        assertThat(result.usage().outputTokens()).isEqualTo(45);
        assertThat(result.usage().prompt())
                .startsWith("open_coding/open_coding.en.v4 sha256:")
                .matches(".* sha256:[0-9a-f]{12} schema:open_coding#[0-9a-f]{12}");
        assertThat(result.usage().requests()).isEqualTo(1);
        assertThat(result.usage().repaired()).isFalse();
        assertThat(llm.log.calls()).containsExactly(result.usage());
    }

    @Test
    void acceptsJsonInCodeFencesWithProseAround() {
        server.enqueue(chat("Sure! Here are the codes:\n```json\n" + Outputs.CODING_JSON + "\n```\nHope it helps."));

        LlmResult<OpenCoding> result = llm.client.call(coding(), llm.run());

        assertThat(result.output().codes()).hasSize(2);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void truncatedReplyKeepsTheCompleteItemsAndDropsTheUnfinishedOne() {
        String cut = Outputs.CODING_JSON.substring(0, Outputs.CODING_JSON.indexOf("I call my"));
        server.enqueue(chat(cut, "length"));

        LlmResult<OpenCoding> result = llm.client.call(coding(), llm.run());

        assertThat(result.output().codes()).extracting(c -> c.label()).containsExactly("caring at night");
        assertThat(result.usage().truncated()).isTrue();
        assertThat(result.usage().repaired()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void malformedReplyGetsOneRepairRequestCarryingTheReplyAndItsProblems() {
        String broken = "{\"codes\": [{\"label\": \"caring at night\" \"fragment_id\": \"f1\"}]}";
        server.enqueue(chat(broken), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(coding(), llm.run());

        assertThat(result.output().codes()).hasSize(2);
        assertThat(result.usage().repaired()).isTrue();
        assertThat(result.usage().requests()).isEqualTo(2);
        assertThat(result.usage().inputTokens()).isEqualTo(642);
        Received repair = server.request(1);
        assertThat(repair.systemMessage()).contains("You repair machine-readable answers");
        assertThat(repair.userMessage()).contains(broken).contains("not valid JSON");
        assertThat(repair.body().path("response_format").path("type").asText()).isEqualTo("json_schema");
    }

    @Test
    void replyThatFailsValidationIsRepairedWithTheViolationsListed() {
        String invalid =
                "{\"codes\":[{\"label\":\"\",\"fragment_id\":\"f1\",\"quote\":\"I stay up\",\"confidence\":3}]}";
        server.enqueue(chat(invalid), chat(Outputs.CODING_JSON));

        llm.client.call(coding(), llm.run());

        assertThat(server.request(1).userMessage())
                .contains("codes[0].confidence: must be less than or equal to 1")
                .contains("codes[0].label: must not be blank");
    }

    @Test
    void secondInvalidReplyFailsWithOutputInvalidAndAShortExcerpt() {
        String prose = "I am sorry, I cannot produce codes for these fragments. " + "x".repeat(400);
        server.enqueue(chat(prose), chat(prose));

        assertThatThrownBy(() -> llm.client.call(coding(), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("LLM_OUTPUT_INVALID");
                    assertThat((String) e.details().get("excerpt"))
                            .startsWith("I am sorry, I cannot produce codes")
                            .hasSizeLessThanOrEqualTo(201);
                    assertThat(e.details().get("errors").toString()).contains("no JSON object");
                });
        assertThat(server.requests()).hasSize(2);
        assertThat(llm.log.calls()).singleElement().satisfies(u -> assertThat(u.requests())
                .isEqualTo(2));
        assertThat(llm.meters
                        .get("theogen.llm.calls")
                        .tag("outcome", "error")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void embeddingsUseTheV1WireFormatWithFloats() {
        server.enqueue(ScriptedLlmServer.Reply.embeddings(new float[] {0.25f, -1f}));

        com.theogen.llm.Embeddings result = llm.client.embed(java.util.List.of("hola"), llm.run());

        assertThat(result.vectors()).singleElement().satisfies(v -> assertThat(v)
                .containsExactly(0.25f, -1f));
        Received sent = server.request(0);
        assertThat(sent.path()).isEqualTo("/v1/embeddings");
        assertThat(sent.header("authorization")).contains("Bearer " + TestLlm.SERVER_KEY);
        assertThat(sent.body().path("model").asText()).isEqualTo("text-embedding-3-small");
        assertThat(sent.body().path("encoding_format").asText()).isEqualTo("float");
        assertThat(llm.meters
                        .get("theogen.llm.tokens")
                        .tag("direction", "input")
                        .counter()
                        .count())
                .isEqualTo(7);
    }

    @Test
    void wrongServerKeyIsAnAuthFailureNotRetried() {
        TestLlm wrongKey =
                TestLlm.openai(server).serverKey("sk-wrong-key-0000000000").build();

        assertThatThrownBy(() -> wrongKey.client.call(coding(), wrongKey.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("LLM_AUTH_FAILED");
                    assertThat(e.getMessage()).doesNotContain("sk-wrong-key");
                });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void offlineProviderRefusesRemoteCallsWithoutContactingAnyone() {
        TestLlm offline = TestLlm.offline().build();

        assertThat(offline.client.access(java.util.Optional.empty()).remote()).isFalse();
        assertThatThrownBy(() -> offline.client.call(coding(), offline.run()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("LLM_OFFLINE"));
        assertThat(server.requests()).isEmpty();
    }
}
