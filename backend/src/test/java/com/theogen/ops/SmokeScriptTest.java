package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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

        Process smoke = new ProcessBuilder(
                        "bash", "scripts/smoke.sh", "http://localhost:" + port, token)
                .directory(RepositoryFiles.ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(smoke.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(smoke.waitFor(20, TimeUnit.MINUTES)).isTrue();

        if (!theoryAndExportEndpointsExist()) {
            // until the theory and export modules are merged, the script's first half is what can be checked
            assertThat(output).contains("PASS health", "PASS auth", "PASS create_project", "PASS upload_fixture");
            assertThat(output).contains("FAIL generate_theory: HTTP 404", "PASS delete_project");
            assertThat(smoke.exitValue()).isEqualTo(1);
            assumeTrue(false, "generate-theory/export endpoints are not on this build: steps after upload_fixture unverified");
        }
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

    private boolean theoryAndExportEndpointsExist() {
        String docs = api.http()
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return docs != null
                && docs.contains("/generate-theory/status/")
                && Pattern.compile("/theories/\\{\\w+}/export").matcher(docs).find();
    }
}
