package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.llm.ChainPayload;
import com.theogen.llm.EvidencePayload;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.ModelRole;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.Language;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Received;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #24 §3, docs/adr/038: a chain of calls that shares its evidence sends it as the same prefix on the wire — the
 * system message and a first user message, byte for byte — with the stage's instruction in a user message after
 * them, and a stable {@code prompt_cache_key}; the cached prompt tokens a reply reports are read into the usage.
 */
class PromptCacheWireTest {

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

    static ChainPayload<?> evidence() {
        return ChainPayload.of(new EvidencePayload(
                List.of(
                        new EvidencePayload.Category(
                                "k1",
                                "Night care",
                                "Staying up with the patient",
                                0.6,
                                List.of(new EvidencePayload.Fragment("f1", "I stay up every night.", "i1"))),
                        new EvidencePayload.Category(
                                "k2",
                                "Family support",
                                "Relatives who help",
                                0.4,
                                List.of(new EvidencePayload.Fragment("f2", "I call my sister.", "i2")))),
                List.of(new EvidencePayload.NetworkRow("Night care", "Family support", 2)),
                2));
    }

    static LlmRequest<OpenCoding> stage(String prompt, ChainPayload<?> payload) {
        return LlmRequest.builder(prompt.substring(0, prompt.indexOf('/')), ModelRole.REASONING, OpenCoding.class)
                .prompt(prompt)
                .language(Language.EN)
                .domainTemplate("health")
                .variable("research_question", "How do families sustain care?")
                .variable("correction", "")
                .variable("core_category", "[k1] Night care")
                .variable("consequence_types", "material, social, other")
                .variable("paradigm_summary", "Core category: Night care")
                .variable("saturation", "- i1: +3 new codes")
                .payload(payload)
                .cacheKey("theogen-selective-run-1")
                .maxOutputTokens(500)
                .build();
    }

    @Test
    void theCallsOfAChainSendTheSameSystemAndEvidenceMessagesAndTheSameCacheKey() {
        server.enqueue(
                chat(Outputs.CODING_JSON),
                ScriptedLlmServer.Reply.chatCached(Outputs.CODING_JSON, 256),
                ScriptedLlmServer.Reply.chatCached(Outputs.CODING_JSON, 300));
        ChainPayload<?> payload = evidence();

        llm.client.call(stage("central_category/central_category", payload), llm.run());
        LlmResult<OpenCoding> second = llm.client.call(stage("paradigm/paradigm", payload), llm.run());
        LlmResult<OpenCoding> third = llm.client.call(stage("saturation_gaps/saturation_gaps", payload), llm.run());

        List<JsonNode> messages =
                server.requests().stream().map(r -> r.body().path("messages")).toList();
        for (JsonNode sent : messages) {
            assertThat(sent).hasSize(3);
            assertThat(sent.get(0).path("role").asText()).isEqualTo("system");
            assertThat(sent.get(1).path("role").asText()).isEqualTo("user");
            assertThat(sent.get(2).path("role").asText()).isEqualTo("user");
            assertThat(sent.get(0)).isEqualTo(messages.get(0).get(0));
            assertThat(sent.get(1)).isEqualTo(messages.get(0).get(1));
        }
        String shared = messages.get(0).get(1).path("content").asText();
        assertThat(shared)
                .contains("How do families sustain care?")
                .contains("[f1] (i1) <fragment>I stay up every night.</fragment>")
                .contains("Night care <-> Family support");
        assertThat(messages.stream().map(m -> m.get(2).path("content").asText()).distinct())
                .hasSize(3)
                .allSatisfy(stage -> assertThat(stage).doesNotContain("<fragment>I stay up"));
        assertThat(server.requests())
                .extracting(r -> r.body().path("prompt_cache_key").asText())
                .containsOnly("theogen-selective-run-1");
        assertThat(second.usage().cachedInputTokens()).isEqualTo(256);
        assertThat(third.usage().cachedInputTokens()).isEqualTo(300);
        assertThat(llm.log.calls().get(0).cachedInputTokens()).isZero();
    }

    @Test
    void aServerThatRejectsThePromptCacheKeyGetsTheCallWithoutItFromThenOn() {
        server.enqueue(
                ScriptedLlmServer.Reply.error(
                        400,
                        "Unrecognized request argument supplied: prompt_cache_key",
                        "invalid_request_error",
                        "prompt_cache_key",
                        null),
                chat(Outputs.CODING_JSON),
                chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> first = llm.client.call(stage("paradigm/paradigm", evidence()), llm.run());
        llm.client.call(stage("paradigm/paradigm", evidence()), llm.run());

        List<Received> sent = server.requests();
        assertThat(sent.get(0).body().has("prompt_cache_key")).isTrue();
        assertThat(sent.get(1).body().has("prompt_cache_key")).isFalse();
        assertThat(sent.get(2).body().has("prompt_cache_key")).isFalse();
        assertThat(first.usage().adjustments()).containsExactly("prompt_cache_key dropped");
    }
}
