package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The packaged dashboard (the theogen-frontend jar on the classpath) as a browser receives it. */
@IntegrationTest
class DashboardServingTest {

    @Autowired
    ApiClient api;

    @Test
    void rootServesTheDashboard() {
        assertThat(navigate("/")).contains("<div id=\"root\"></div>");
    }

    @Test
    void theDashboardIsServedWithAStrictContentSecurityPolicy() {
        String policy = api.http()
                .get()
                .uri("/projects")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("Content-Security-Policy");

        assertThat(policy)
                .as("Content-Security-Policy")
                .isNotNull()
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void reloadingAClientRouteServesTheDashboard() {
        assertThat(navigate("/projects/0b7c54f2-1d0e-4b8a-9a57-3f1f5c8c2f10/edit"))
                .contains("<div id=\"root\"></div>");
    }

    @Test
    void theScriptTheDashboardLoadsIsServed() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(navigate("/projects"));
        assertThat(script.find()).as("index.html references its bundle").isTrue();
        api.http()
                .get()
                .uri(script.group(1))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/javascript");
    }

    @Test
    void apiPathsStayApiEvenForBrowsers() {
        api.http()
                .get()
                .uri("/api/projects")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void missingAssetIsNotFoundRatherThanTheDashboard() {
        api.http()
                .get()
                .uri("/assets/no-such-file.js")
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void clientRouteRequestedAsJsonIsNotFound() {
        api.http()
                .get()
                .uri("/projects")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private String navigate(String path) {
        return api.http()
                .get()
                .uri(path)
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
