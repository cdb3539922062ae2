package com.theogen.web.internal;

import com.theogen.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * The one place where failures become HTTP responses: every exception a controller, codec or filter
 * lets through is rendered as an RFC 9457 ProblemDetail with a stable {@code error_code}. It runs before
 * Spring Boot's default error handler, which therefore never renders a body.
 */
@Component
@Order(-2)
class ProblemDetailExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailExceptionHandler.class);

    private final ProblemResponses responses;

    ProblemDetailExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    /**
     * A client that went away mid-request (closed the connection while its body was being read, or before the
     * answer) is no server failure: it is logged at debug level, without a stack trace, and nothing is written.
     */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug(
                    "client disconnected during {} {}: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    error.toString());
            return Mono.empty();
        }
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return responses.write(exchange, ProblemMapper.map(error));
    }
}
