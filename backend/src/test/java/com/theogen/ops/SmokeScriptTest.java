package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CI runs {@code scripts/smoke.sh} against the app started with its embedded defaults (offline analyst,
 * embedded PostgreSQL, Lucene), exactly as an operator runs it after a deploy.
 */
@IntegrationTest
class SmokeScriptTest {

    static final List<String> STEPS = List.of(
            "health",
            "auth",
            "create_project",
            "upload_fixture",
            "generate_theory",
            "theory_status",
            "export_pdf",
            "export_pptx",
            "export_xlsx",
            "export_png",
            "delete_project");

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Test
    void smokeScriptPassesEveryStepAgainstTheEmbeddedDefaults() throws Exception {
        String token = api.newUserToken();

        Process smoke = new ProcessBuilder("bash", "scripts/smoke.sh", "http://localhost:" + port, token)
                .directory(RepositoryFiles.ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(smoke.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(smoke.waitFor(20, TimeUnit.MINUTES)).isTrue();

        assertThat(smoke.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("PASS ")))
                .as(output)
                .hasSize(STEPS.size())
                .allSatisfy(line -> assertThat(line).startsWith("PASS "));
        for (String step : STEPS) {
            assertThat(output).as(output).containsPattern("(?m)^PASS " + step + "\\b");
        }
        assertThat(output).doesNotContain("FAIL");
    }
}
