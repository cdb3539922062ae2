package com.theogen.web.internal;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers a browser's navigation to one of the dashboard's client-side routes ({@code /projects/42/edit} …)
 * with the dashboard's {@code index.html}, so that a reload or a shared link opens the right page. Only
 * navigations qualify: GET, accepting {@code text/html}, outside the API, operations and documentation
 * paths, and without a file extension, so a missing asset or an unknown API path stays a 404 problem.
 */
@Component
class DashboardRoutesFilter implements WebFilter {

    static final String INDEX = "/index.html";

    /** Served by the backend itself; {@code /swagger-ui*} is matched as a bare prefix. */
    private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/v3/api-docs", "/webjars");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isClientRoute(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        ServerHttpRequest index = exchange.getRequest().mutate().path(INDEX).build();
        return chain.filter(exchange.mutate().request(index).build());
    }

    static boolean isClientRoute(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        return !isServerPath(path) && !hasExtension(path) && acceptsHtml(request);
    }

    private static boolean isServerPath(String path) {
        return SERVER_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                || path.startsWith("/swagger-ui");
    }

    private static boolean hasExtension(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean acceptsHtml(ServerHttpRequest request) {
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
    }
}
