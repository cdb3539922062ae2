package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.BudgetTrim;
import com.theogen.llm.EvidencePayload;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.ModelRole;
import com.theogen.llm.TokenBudget;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The budget as the client applies it with real token counts: trims recorded, oversized prompts never sent. */
class BudgetWireTest {

    ScriptedLlmServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedLlmServer(Dialect.OPENAI, TestLlm.SERVER_KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static LlmRequest<OpenCoding> centralCategory(int maxOutputTokens) {
        return LlmRequest.builder("central_category", ModelRole.REASONING, OpenCoding.class)
                .variable("research_question", "How do families sustain care?")
                .variable("correction", "")
                .payload(new EvidencePayload(BudgetPlannerTest.categories(), BudgetPlannerTest.rows()))
                .maxOutputTokens(maxOutputTokens)
                .build();
    }

    @Test
    void oversizedPayloadIsTrimmedToFitAndEveryTrimIsRecorded() {
        TestLlm llm = TestLlm.openai(server).contextLimit(2_600).build();
        server.enqueue(chat(Outputs.CODING_JSON));

        llm.client.call(centralCategory(1_000), llm.run());

        List<BudgetTrim> trims = llm.log.trims();
        assertThat(trims).isNotEmpty();
        assertThat(trims).extracting(BudgetTrim::stage).containsOnly("central_category");
        assertThat(trims.get(0).step()).isEqualTo("fragments_per_category");
        TokenBudget budget = llm.client.budget(ModelRole.REASONING, 1_000);
        assertThat(trims.get(trims.size() - 1).tokensAfter()).isLessThanOrEqualTo(budget.available());
        String sent = server.request(0).systemMessage() + server.request(0).userMessage();
        assertThat(llm.client.countTokens(ModelRole.REASONING, sent)).isLessThanOrEqualTo(budget.available());
    }

    @Test
    void promptThatFitsIsNotTrimmed() {
        TestLlm llm = TestLlm.openai(server).contextLimit(128_000).build();
        server.enqueue(chat(Outputs.CODING_JSON));

        llm.client.call(centralCategory(1_000), llm.run());

        assertThat(llm.log.trims()).isEmpty();
        assertThat(server.request(0).userMessage()).contains("peripheral-f3");
    }

    @Test
    void promptThatCannotFitIsNeverSent() {
        TestLlm llm = TestLlm.openai(server).contextLimit(1_000).build();

        assertThatThrownBy(() -> llm.client.call(centralCategory(500), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("CONTEXT_BUDGET_EXCEEDED");
                    assertThat(e.details()).containsEntry("model", "gpt-4.1");
                });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void providerReportingAnOverflowIsABudgetErrorNotARetry() {
        TestLlm llm = TestLlm.openai(server).build();
        server.enqueue(Reply.error(
                400,
                "This model's maximum context length is 16385 tokens. However, your messages resulted in 17000 tokens.",
                "invalid_request_error",
                "messages",
                "context_length_exceeded"));

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("CONTEXT_BUDGET_EXCEEDED"));
        assertThat(server.requests()).hasSize(1);
    }
}
