package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static com.theogen.support.ScriptedLlmServer.Reply.rateLimited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.llm.ByoKey;
import com.theogen.llm.CostMode;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A user's own key is used for the request and appears nowhere else: not in any log line at any level (ours, the
 * SDK's, OkHttp's), not on stdout/stderr, not in errors, usage records or their JSON. The scripted server echoes a
 * rejected key in its error message, as OpenAI does.
 */
class ByoKeyLeakTest {

    static final String USER_KEY = "sk-user-Zq81KfW2pLm0Xv7RtY4uN6bC3dE9aGhJ";

    ScriptedLlmServer server;
    ListAppender<ILoggingEvent> appender;
    Logger root;
    Level rootLevel;
    PrintStream stdout;
    PrintStream stderr;
    ByteArrayOutputStream console;

    @BeforeEach
    void captureEverything() throws IOException {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        stdout = System.out;
        stderr = System.err;
        console = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        server = new ScriptedLlmServer(Dialect.OPENAI, USER_KEY);
    }

    @AfterEach
    void restore() {
        server.close();
        System.setOut(stdout);
        System.setErr(stderr);
        root.detachAppender(appender);
        root.setLevel(rootLevel);
    }

    @Test
    void userKeyIsSentToTheProviderButNeverLoggedOrReturned() throws Exception {
        TestLlm llm = TestLlm.openai(server)
                .serverKey("")
                .costMode(CostMode.HYBRID, true)
                .build();
        server.enqueue(rateLimited("1"), chat("not json at all"), chat(Outputs.CODING_JSON));

        LlmResult<OpenCoding> result = llm.client.call(OpenAiWireTest.coding(), run(llm, USER_KEY));

        assertThat(server.requests()).hasSize(3).allSatisfy(r -> assertThat(r.header("authorization"))
                .contains("Bearer " + USER_KEY));
        assertThat(appender.list).isNotEmpty();
        assertThat(everythingPrinted()).doesNotContain(USER_KEY);
        assertThat(result.toString()).doesNotContain(USER_KEY);
        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(result.usage()))
                .doesNotContain(USER_KEY);
    }

    @Test
    void keyTheProviderRejectsAndEchoesIsRedactedFromTheError() {
        String wrongKey = "sk-user-WRONG-4f9a8b7c6d5e4f3a2b1c0d9e";
        TestLlm llm = TestLlm.openai(server)
                .serverKey("")
                .costMode(CostMode.BYO_KEY, true)
                .build();

        DomainException error = catchThrowableOfType(
                DomainException.class, () -> llm.client.call(OpenAiWireTest.coding(), run(llm, wrongKey)));

        assertThat(error.errorCode()).isEqualTo("BYO_KEY_REJECTED");
        assertThat(error.getMessage() + error.details())
                .doesNotContain(wrongKey)
                .doesNotContain("WRONG-4f9a");
        assertThat(everythingPrinted()).doesNotContain(wrongKey).doesNotContain("WRONG-4f9a");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void keyCarriersPrintNoKey() {
        LlmRunContext run = run(TestLlm.offline().build(), USER_KEY);

        assertThat(run.userKey().orElseThrow().toString()).doesNotContain(USER_KEY);
        assertThat(run.toString()).doesNotContain(USER_KEY);
        assertThat(TestLlm.openai(server).serverKey(USER_KEY).properties().toString())
                .doesNotContain(USER_KEY);
    }

    private static LlmRunContext run(TestLlm llm, String key) {
        return new LlmRunContext(
                ByoKey.fromHeader(key), llm.time.instant().plus(Duration.ofHours(1)), () -> false, llm.log);
    }

    private String everythingPrinted() {
        List<ILoggingEvent> events;
        synchronized (appender) { // other threads may still be logging into it
            events = new ArrayList<>(appender.list);
        }
        String logged = events.stream()
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        return logged + "\n" + console.toString(StandardCharsets.UTF_8);
    }
}
