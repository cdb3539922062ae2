package com.theogen.security.internal;

import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;

/**
 * Turns a validated JWT into the TheoGen user. Local tokens carry the user id as {@code sub}; a token for
 * a deleted user is rejected. OIDC tokens are mapped by (issuer, subject), creating the user on first sight.
 */
class JwtUserConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final AccountService accounts;
    private final BlockingBridge blocking;
    private final boolean localTokens;

    JwtUserConverter(AccountService accounts, BlockingBridge blocking, boolean localTokens) {
        this.accounts = accounts;
        this.blocking = blocking;
        this.localTokens = localTokens;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return blocking.call(() -> resolve(jwt)).flatMap(user -> user.<Mono<AbstractAuthenticationToken>>map(
                        u -> Mono.just(new UserAuthentication(u)))
                .orElseGet(() -> Mono.error(new InvalidBearerTokenException("The token's user does not exist"))));
    }

    private Optional<AuthenticatedUser> resolve(Jwt jwt) {
        if (localTokens) {
            return parseUuid(jwt.getSubject()).flatMap(accounts::findLocal);
        }
        String issuer = jwt.getIssuer() == null ? "unknown" : jwt.getIssuer().toString();
        String name = Optional.ofNullable(jwt.getClaimAsString("name"))
                .or(() -> Optional.ofNullable(jwt.getClaimAsString("preferred_username")))
                .orElse(jwt.getSubject());
        return Optional.of(accounts.resolveExternal(issuer, jwt.getSubject(), name));
    }

    private static Optional<UUID> parseUuid(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
