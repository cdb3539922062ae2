package com.theogen.security.internal;

import com.theogen.shared.ErrorCategory;
import com.theogen.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as a ProblemDetail: {@code AUTHENTICATION_REQUIRED} without a token, {@code INVALID_TOKEN} with a bad one. */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses responses;

    ProblemAuthenticationEntryPoint(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
        boolean badToken = error instanceof OAuth2AuthenticationException;
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return responses.write(
                exchange,
                badToken
                        ? ProblemResponses.problem(
                                ErrorCategory.UNAUTHORIZED,
                                "INVALID_TOKEN",
                                "The access token is invalid, expired or not signed by a trusted issuer")
                        : ProblemResponses.problem(
                                ErrorCategory.UNAUTHORIZED,
                                "AUTHENTICATION_REQUIRED",
                                "A bearer token is required; sign in first"));
    }
}
