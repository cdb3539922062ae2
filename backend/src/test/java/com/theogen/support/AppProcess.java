package com.theogen.support;

import com.theogen.TheoGenApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * TheoGen in a JVM of its own, started from the test classpath's main class with the embedded defaults (no test
 * profile: fsync on, PostgreSQL in the given data directory) plus the given options, as an operator starts the jar.
 * Lean on purpose: small heap, serial GC, the client compiler only. Its output goes to {@code <log>}.
 */
public final class AppProcess {

    private static final Duration START_PATIENCE = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app and waits until {@code /actuator/health} answers 200. */
    public static AppProcess start(Path dataDir, Path log, String... options) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                TheoGenApplication.class.getName(),
                "--server.port=" + port,
                "--theogen.storage.data-dir=" + dataDir,
                // the Neo4j test harness puts Jersey on the test classpath; production deduces reactive by itself
                "--spring.main.web-application-type=reactive"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        AppProcess app = new AppProcess(process, port, log);
        app.awaitHealthy();
        return app;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public ApiClient api() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl(baseUrl()).build();
        return new ApiClient(new FixedProvider<>(http));
    }

    /** SIGKILL: the JVM dies at once, running nothing of its own shutdown. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM (a graceful stop), then SIGKILL if it has not ended within a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            kill();
        }
    }

    private void awaitHealthy() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("TheoGen exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("TheoGen did not become healthy within " + START_PATIENCE + ":\n" + tail());
    }

    /** The last lines of the app's output, for failure messages. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
