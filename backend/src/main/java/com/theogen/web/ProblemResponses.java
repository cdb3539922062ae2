package com.theogen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.shared.ErrorCategory;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Builds and writes RFC 9457 problem details. Every error TheoGen sends has a stable {@code error_code}
 * member; none carries a stack trace.
 */
@Component
public class ProblemResponses {

    /**
     * A problem member (whole seconds) that also becomes the {@code Retry-After} header: errors a client may
     * retry after a known wait (rate limits) put it in their details.
     */
    public static final String RETRY_AFTER_SECONDS = "retry_after_seconds";

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail problem(ErrorCategory category, String errorCode, String detail) {
        return problem(HttpStatus.valueOf(category.httpStatus()), errorCode, detail, Map.of());
    }

    public static ProblemDetail problem(
            HttpStatusCode status, String errorCode, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:theogen:error:" + errorCode.toLowerCase(Locale.ROOT)));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setProperty("error_code", errorCode);
        extra.forEach(problem::setProperty);
        return problem;
    }

    /** Writes {@code problem} as {@code application/problem+json} on the exchange's response. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getProperties() != null
                && problem.getProperties().get(RETRY_AFTER_SECONDS) instanceof Number seconds) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds.longValue()));
        }
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            body = ("{\"status\":" + problem.getStatus() + ",\"error_code\":\"INTERNAL_ERROR\"}").getBytes();
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
