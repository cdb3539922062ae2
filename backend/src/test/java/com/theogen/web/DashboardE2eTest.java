package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser against the real application: runs {@code frontend/e2e/dashboard.e2e.mjs}
 * (playwright-core driving Debian's Chromium) on this test's server. Screenshots of every page land in
 * {@code backend/target/e2e-screenshots/}. The run shares the project with a second account as viewer and checks
 * that it sees the project without the controls a viewer cannot use. Needs node, {@code frontend/node_modules} (the Maven build's
 * {@code npm ci}) and {@code /usr/bin/chromium} (installed by {@code .ci/run}).
 */
@IntegrationTest
class DashboardE2eTest {

    static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();
    static final String CHROMIUM = System.getenv().getOrDefault("THEOGEN_CHROMIUM", "/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Test
    void researcherRegistersCreatesEditsAndDeletesAProjectInTheBrowser() throws Exception {
        assertThat(FRONTEND.resolve("node_modules/playwright-core"))
                .as("frontend dependencies; run ./mvnw -B install -DskipTests once, or npm ci in frontend/")
                .isDirectory();
        assertThat(Path.of(CHROMIUM))
                .as("Chromium; run apt-get install -y chromium (.ci/run does)")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve("e2e.log");

        ProcessBuilder builder = new ProcessBuilder("node", "e2e/dashboard.e2e.mjs")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("THEOGEN_URL", "http://localhost:" + port);
        builder.environment().put("THEOGEN_SCREENSHOTS", SCREENSHOTS.toString());
        builder.environment().put("THEOGEN_CHROMIUM", CHROMIUM);
        Process process = builder.start();
        process.getOutputStream().close();
        // A guard against a hung browser, not a timing assertion: the run normally takes a few minutes, more on a
        // shared, loaded 2-core machine.
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String output = read(log);
        System.out.println(output);
        assertThat(finished)
                .as("the browser test hung; its output:%n%s", output)
                .isTrue();
        assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
        assertThat(SCREENSHOTS.resolve("05-project-overview.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("16b-viewer-project.png"))
                .as("a second account added as viewer saw the project")
                .isNotEmptyFile();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
