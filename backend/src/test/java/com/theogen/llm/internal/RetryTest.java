package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static com.theogen.support.ScriptedLlmServer.Reply.rateLimited;
import static com.theogen.support.ScriptedLlmServer.Reply.serverError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.LlmError;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transient failures are retried with backoff or the server's Retry-After; nothing else is. Time is fake. */
class RetryTest {

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

    @Test
    void rateLimitIsRetriedAfterExactlyTheRetryAfterTheServerAsked() {
        server.enqueue(rateLimited("2"), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(result.output().codes()).hasSize(2);
        assertThat(llm.time.slept()).isEqualTo(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(2);
        assertThat(result.usage().retries()).isEqualTo(1);
        assertThat(llm.meters
                        .get("theogen.llm.errors")
                        .tag("kind", "rate_limited")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffUntilAttemptsRunOut() {
        server.enqueue(serverError(), serverError(), serverError(), serverError());

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("LLM_UNAVAILABLE");
                    assertThat(e.details()).containsEntry("provider_status", 500);
                });
        assertThat(server.requests()).hasSize(4);
        // 1 s, 2 s, 4 s with equal jitter at the midpoint: 0.75 + 1.5 + 3
        assertThat(llm.time.slept()).isEqualTo(Duration.ofMillis(5250));
        assertThat(llm.log.calls()).singleElement().satisfies(u -> assertThat(u.retries())
                .isEqualTo(3));
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        server.enqueue(Reply.error(
                404,
                "The model `gpt-4o-mini` does not exist or you do not have access to it.",
                "invalid_request_error",
                null,
                "model_not_found"));

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("LLM_REQUEST_REJECTED");
                    assertThat(e.getMessage()).contains("does not exist");
                });
        assertThat(server.requests()).hasSize(1);
        assertThat(llm.time.slept()).isZero();
    }

    @Test
    void slowReplyPastTheTimeoutIsAbandonedAndRetried() throws IOException {
        TestLlm quick = TestLlm.openai(server).timeout(Duration.ofMillis(400)).build();
        server.enqueue(chat(Outputs.CODING_JSON).after(Duration.ofSeconds(3)), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = quick.client.call(OpenAiWireTest.coding(), quick.run());

        assertThat(result.output().codes()).hasSize(2);
        assertThat(result.usage().retries()).isEqualTo(1);
        assertThat(quick.meters
                        .get("theogen.llm.errors")
                        .tag("kind", "timeout")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void connectionResetIsRetried() {
        server.enqueue(Reply.reset(), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(OpenAiWireTest.coding(), llm.run());

        assertThat(result.output().codes()).hasSize(2);
        assertThat(server.requests()).hasSize(2);
        assertThat(llm.meters
                        .get("theogen.llm.errors")
                        .tag("kind", "connection")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void retryAfterLongerThanAllowedFailsAtOnceAsRateLimited() {
        server.enqueue(rateLimited("600"));

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), llm.run()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("LLM_RATE_LIMITED"));
        assertThat(server.requests()).hasSize(1);
        assertThat(llm.time.slept()).isZero();
    }

    @Test
    void waitThatWouldPassTheRunDeadlineFailsWithDeadlineExceeded() {
        server.enqueue(rateLimited("30"));
        LlmRunContext run =
                new LlmRunContext(Optional.empty(), llm.time.instant().plusSeconds(10), () -> false, llm.log);

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), run))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("LLM_DEADLINE_EXCEEDED"));
        assertThat(server.requests()).hasSize(1);
        assertThat(llm.time.slept()).isZero();
    }

    @Test
    void concurrentCallsNeverExceedTheProviderConcurrencyLimit() throws Exception {
        TestLlm limited = TestLlm.openai(server).maxConcurrency(2).build();
        int calls = 6;
        for (int i = 0; i < calls; i++) {
            server.enqueue(chat(Outputs.CODING_JSON).after(Duration.ofMillis(150)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Future<LlmResult<OpenCoding>>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(pool.submit(() -> limited.client.call(OpenAiWireTest.coding(), limited.run())));
            }
            for (Future<LlmResult<OpenCoding>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).output().codes()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(server.requests()).hasSize(calls);
        assertThat(server.maxInFlight()).isBetween(1, 2);
    }

    @Test
    void canceledRunSendsNothing() {
        LlmRunContext canceled =
                new LlmRunContext(Optional.empty(), llm.time.instant().plusSeconds(60), () -> true, llm.log);

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), canceled))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.is(LlmError.CANCELED)).isTrue();
                    assertThat(e.errorCode()).isEqualTo("CANCELED");
                });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void cancellationDuringABackoffStopsBeforeTheNextRequest() {
        server.enqueue(serverError(), chat(Outputs.CODING_JSON));
        LlmRunContext run = new LlmRunContext(
                Optional.empty(),
                llm.time.instant().plusSeconds(60),
                () -> !server.requests().isEmpty(),
                llm.log);

        assertThatThrownBy(() -> llm.client.call(OpenAiWireTest.coding(), run))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.is(LlmError.CANCELED)).isTrue();
                    assertThat(e.errorCode()).isEqualTo("CANCELED");
                });
        assertThat(server.requests()).hasSize(1);
    }
}
