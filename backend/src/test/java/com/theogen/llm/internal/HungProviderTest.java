package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static com.theogen.support.ScriptedLlmServer.Reply.hang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.ProviderCircuit;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that accepts requests and never answers: a call waits at most twice the call timeout, the run's later
 * calls do not wait again, and canceling the run aborts the request in flight. Back-off time is fake; the HTTP
 * timeouts are real (and short).
 */
class HungProviderTest {

    /** Long enough for a local reply on a loaded machine, short enough to wait out twice per test. */
    static final Duration QUICK = Duration.ofSeconds(2);

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
    void anUnansweredRequestIsRetriedOnceAndThenTheCallFailsAsATimeout() {
        TestLlm llm = TestLlm.openai(server).timeout(QUICK).build();
        server.enqueue(hang(), hang(), hang(), hang());

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.is(LlmError.TIMEOUT)).isTrue();
                    assertThat(e.errorCode()).isEqualTo("LLM_TIMEOUT");
                });
        assertThat(llm.properties.calls().maxAttempts()).isEqualTo(4);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void onceTheProviderHungTheRunsLaterCallsFailAtOnceWhileAnotherRunStillTries() {
        TestLlm llm = TestLlm.openai(server).timeout(QUICK).build();
        server.enqueue(hang(), hang());
        ProviderCircuit circuit = new ProviderCircuit();
        LlmRunContext firstStage = run(llm, circuit);
        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), firstStage))
                .isInstanceOf(DomainException.class);

        LlmRunContext laterStage = run(llm, circuit);
        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), laterStage))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.is(LlmError.TIMEOUT)).isTrue();
                    assertThat(e.getMessage()).contains("stopped answering");
                });
        assertThat(server.requests()).hasSize(2);

        server.enqueue(chat(Outputs.CODING_JSON));
        assertThat(llm.client.call(OpenAiWireTest.coding(), llm.run()).output().codes())
                .hasSize(2);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aReplyAfterOneSilenceKeepsTheRunGoing() {
        TestLlm llm = TestLlm.openai(server).timeout(QUICK).build();
        server.enqueue(hang(), chat(Outputs.CODING_JSON), hang(), chat(Outputs.CODING_JSON));
        LlmRunContext run = llm.run();

        assertThat(llm.client.call(OpenAiWireTest.coding(), run).output().codes())
                .hasSize(2);
        assertThat(llm.client.call(OpenAiWireTest.coding(), run).output().codes())
                .hasSize(2);
        assertThat(run.circuit().isOpen()).isFalse();
        assertThat(server.requests()).hasSize(4);
    }

    /** Without the abort the call would wait out its ten-minute timeout; the test only waits for it to end. */
    @Test
    void cancelingTheRunAbortsTheRequestInFlight() {
        TestLlm llm = TestLlm.openai(server).timeout(Duration.ofMinutes(10)).build();
        server.enqueue(hang(), chat(Outputs.CODING_JSON));
        LlmRunContext run = new LlmRunContext(
                Optional.empty(), llm.time.instant().plus(Duration.ofHours(1)), () -> server.inFlight() > 0, llm.log);

        DomainException canceled = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try {
                llm.client.call(OpenAiWireTest.coding(), run);
                return null;
            } catch (DomainException e) {
                return e;
            }
        });

        assertThat(canceled).isNotNull();
        assertThat(canceled.is(LlmError.CANCELED)).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    private static LlmRunContext run(TestLlm llm, ProviderCircuit circuit) {
        return new LlmRunContext(
                Optional.empty(), llm.time.instant().plus(Duration.ofHours(1)), () -> false, llm.log, circuit);
    }
}
