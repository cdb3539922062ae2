package com.theogen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class DashboardRoutesFilterTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/projects/new", "/projects/7f3c/edit", "/sign-in", "/anything/else"})
    void browserNavigationsToClientRoutesGetTheDashboard(String path) {
        assertThat(pathSeenByServer(HttpMethod.GET, path, BROWSER_ACCEPT)).isEqualTo("/index.html");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api",
                "/api/projects",
                "/api/unknown",
                "/actuator/health",
                "/v3/api-docs",
                "/v3/api-docs/swagger-config",
                "/swagger-ui.html",
                "/swagger-ui/index.html",
                "/webjars/swagger-ui/index.css",
                "/assets/missing.js",
                "/favicon.ico",
                "/projects/report.pdf"
            })
    void serverPathsAndFilesAreLeftAlone(String path) {
        assertThat(pathSeenByServer(HttpMethod.GET, path, BROWSER_ACCEPT)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "application/problem+json"})
    void requestsThatDoNotAskForHtmlAreLeftAlone(String accept) {
        assertThat(pathSeenByServer(HttpMethod.GET, "/projects", accept)).isEqualTo("/projects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "HEAD"})
    void onlyGetIsRewritten(String method) {
        assertThat(pathSeenByServer(HttpMethod.valueOf(method), "/projects", BROWSER_ACCEPT))
                .isEqualTo("/projects");
    }

    private static String pathSeenByServer(HttpMethod method, String path, String accept) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(method, path).header(HttpHeaders.ACCEPT, accept));
        AtomicReference<String> seen = new AtomicReference<>();
        new DashboardRoutesFilter()
                .filter(exchange, next -> {
                    seen.set(next.getRequest().getPath().value());
                    return Mono.empty();
                })
                .block();
        return seen.get();
    }
}
