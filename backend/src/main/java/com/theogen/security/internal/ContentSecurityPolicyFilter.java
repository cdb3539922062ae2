package com.theogen.security.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A Content-Security-Policy on every response (docs/adr/018). The dashboard loads only its own scripts, styles
 * and fonts, calls only its own API and shows images of its own or built in the page ({@code data:}, {@code
 * blob:}); nothing may frame it or run inline script. Swagger UI, a third-party page, injects inline styles: its
 * paths alone also allow those (never inline script).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter implements WebFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String API_DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String policy = path.startsWith("/swagger-ui") || path.startsWith("/webjars/") ? API_DOCS_POLICY : POLICY;
        exchange.getResponse().getHeaders().set("Content-Security-Policy", policy);
        return chain.filter(exchange);
    }
}
