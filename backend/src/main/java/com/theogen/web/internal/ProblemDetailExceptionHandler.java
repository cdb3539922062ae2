package com.theogen.web.internal;

import com.theogen.web.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place where failures become HTTP responses: every exception a controller, codec or filter
 * lets through is rendered as an RFC 9457 ProblemDetail with a stable {@code error_code}. It runs before
 * Spring Boot's default error handler, which therefore never renders a body.
 */
@Component
@Order(-2)
class ProblemDetailExceptionHandler implements WebExceptionHandler {

    private final ProblemResponses responses;

    ProblemDetailExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return responses.write(exchange, ProblemMapper.map(error));
    }
}
