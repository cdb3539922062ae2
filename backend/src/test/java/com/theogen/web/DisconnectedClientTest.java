package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.theogen.support.IntegrationTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client that hangs up in the middle of its request is logged at debug level, not as an ERROR with a trace. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DisconnectedClientTest {

    private static final String HANDLER = "com.theogen.web.internal.ProblemDetailExceptionHandler";

    @LocalServerPort
    int port;

    private Level before;

    @BeforeEach
    void showDebugOfTheErrorHandler() {
        Logger handler = (Logger) LoggerFactory.getLogger(HANDLER);
        before = handler.getLevel();
        handler.setLevel(Level.DEBUG);
    }

    @AfterEach
    void restoreLevel() {
        ((Logger) LoggerFactory.getLogger(HANDLER)).setLevel(before);
    }

    @Test
    void aClientClosingTheConnectionMidBodyIsNoServerError(CapturedOutput output) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 4000\r\n\r\n{\"email\": \"someone@example.org\", \"pass")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(output.getOut())
                .contains("client disconnected during POST /api/auth/login"));
        String log = output.getOut() + output.getErr();
        assertThat(log).doesNotContain("Unexpected error").doesNotContain("\tat reactor.netty");
    }
}
