package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Canceling a job while a model call hangs. The call timeout is thirty minutes, far beyond the tests' patience
 * ({@link TheoryApi#PATIENCE}): a run that ends at all ended because the cancel aborted the HTTP call in flight, not
 * because the call timed out.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "theogen.llm.provider=openai",
            "theogen.llm.openai.api-key=sk-cancel-test-key",
            "theogen.llm.calls.timeout=PT30M",
            "theogen.theory.run-deadline=PT2H",
            "theogen.coding.batch-max-fragments=2"
        })
class CancelDuringModelCallTest {

    static final ScriptedLlmServer SERVER = new ScriptedLlmServer();

    @Autowired
    ApiClient api;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("theogen.llm.openai.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aTheoryRunCanceledWhileItsParadigmCallHangsEndsCanceledWithoutATheory() {
        SERVER.respond(ScriptedModel.answering(call -> call.schema().equals("paradigm_out") ? Reply.hang() : null));
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.transcriptProject(token, LlmTheoryRunTest.TRANSCRIPT);
        String task = theories.start(token, project);
        await().atMost(TheoryApi.PATIENCE).until(() -> callsOf("paradigm_out") == 1 && SERVER.inFlight() == 1);

        theories.cancel(token, project, task);
        JsonNode ended = theories.awaitEnd(token, project, task);

        assertThat(ended.get("status").asText()).as(ended.toString()).isEqualTo("canceled");
        assertThat(ended.get("error_code").asText()).isEqualTo("CANCELED");
        assertThat(ended.get("step").asText()).isEqualTo("build_paradigm");
        assertThat(callsOf("paradigm_out")).isEqualTo(1);
        assertThat(theories.history(token, project).get("total_items").asInt()).isZero();
    }

    @Test
    void anAutoCodeJobCanceledWhileItsBatchesHangEndsCanceled() {
        SERVER.respond(call -> Reply.hang());
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.transcriptProject(token, LlmTheoryRunTest.TRANSCRIPT);
        JsonNode accepted = TheoryApi.body(api.http()
                .post()
                .uri("/api/projects/" + project + "/auto-code")
                .header("Authorization", "Bearer " + token)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isAccepted());
        String task = accepted.get("task_id").asText();
        await().atMost(TheoryApi.PATIENCE).until(() -> SERVER.inFlight() == 2);

        api.http()
                .post()
                .uri("/api/projects/" + project + "/jobs/" + task + "/cancel")
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk();
        await().atMost(TheoryApi.PATIENCE)
                .until(() -> job(token, project, task).get("next_poll_seconds").isNull());

        JsonNode ended = job(token, project, task);
        assertThat(ended.get("status").asText()).as(ended.toString()).isEqualTo("canceled");
        assertThat(ended.get("error_code").asText()).isEqualTo("CANCELED");
        assertThat(callsOf("open_coding_reply")).isEqualTo(2);
    }

    private JsonNode job(String token, String project, String task) {
        return TheoryApi.body(api.get(token, "/api/projects/" + project + "/jobs/" + task)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private static long callsOf(String schema) {
        return SERVER.calls().stream().filter(c -> c.schema().equals(schema)).count();
    }
}
