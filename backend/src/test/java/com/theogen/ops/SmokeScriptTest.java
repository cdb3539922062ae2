package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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

    @Test
    void tokenHelperRegistersTheAccountOnceThenSignsIn() throws Exception {
        String email = "ops-" + UUID.randomUUID() + "@example.org";

        String registered = run("bash", "scripts/token.sh", "http://localhost:" + port, email, ApiClient.PASSWORD);
        String signedIn = run("bash", "scripts/token.sh", "http://localhost:" + port, email, ApiClient.PASSWORD);

        for (String token : List.of(registered, signedIn)) {
            api.get(token, "/api/auth/me")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.email")
                    .isEqualTo(email);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(RepositoryFiles.ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).isNotBlank().doesNotContain("\n");
        return out;
    }
}
