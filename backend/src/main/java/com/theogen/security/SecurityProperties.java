package com.theogen.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Authentication settings and abuse limits (docs/adr/018).
 *
 * @param tokenTtl lifetime of the access tokens the app signs in embedded mode
 * @param tokenIssuer {@code iss} claim of those tokens
 * @param publicMetrics whether {@code /actuator/prometheus} is reachable without a token (keep it behind
 *     the network perimeter when true)
 * @param registration {@code open}: anyone may create a local account; {@code closed}: only an operator
 *     ({@code java -jar theogen.jar account create}) or the OIDC issuer creates accounts
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the app, whose
 *     {@code X-Forwarded-For} is believed; empty: the TCP peer is the client and the header is ignored
 * @param loginThrottle limits on failed sign-ins
 * @param registrationThrottle limits on new accounts
 * @param throttleMaxKeys most addresses (or accounts) each limit remembers at once; the least used are
 *     forgotten first, which returns them their full allowance
 * @param tokenCache verified access tokens remembered in embedded mode (defaults when absent)
 */
@Validated
@ConfigurationProperties("theogen.security")
public record SecurityProperties(
        @NotNull Duration tokenTtl,
        @NotBlank String tokenIssuer,
        boolean publicMetrics,
        @NotNull Registration registration,
        @NotNull List<@NotBlank String> trustedProxies,
        @Valid @NotNull LoginThrottle loginThrottle,
        @Valid @NotNull RegistrationThrottle registrationThrottle,
        @Min(100) int throttleMaxKeys,
        @Valid TokenCache tokenCache) {

    public SecurityProperties {
        tokenCache = tokenCache == null ? TokenCache.DEFAULTS : tokenCache;
    }

    /** Who may create a local account. */
    public enum Registration {
        OPEN,
        CLOSED
    }

    /**
     * Failed sign-ins allowed before {@code 429 LOGIN_THROTTLED}, with exponential back-off: level {@code i}
     * (0-based) allows {@code failures × 2^i} failures per {@code window × 4^i}, each refilled evenly, so a client
     * that keeps failing waits twice as long between attempts at each level, up to the last; a client that stops
     * gets its allowance back over time. Nothing locks an account for good.
     *
     * @param failuresPerAddress failures from one client address (any accounts) before the first 429
     * @param failuresPerAccount failures on one account (from any addresses); keep it above
     *     {@code failuresPerAddress} so that one stranger alone cannot throttle someone else's account
     * @param window the period over which the first level's failures are refilled
     * @param levels number of levels (1 = a plain rate)
     */
    public record LoginThrottle(
            @Min(1) @Max(10_000) int failuresPerAddress,
            @Min(1) @Max(10_000) int failuresPerAccount,
            @NotNull Duration window,
            @Min(1) @Max(8) int levels) {}

    /**
     * New local accounts per client address (each one is seeded with a demo project, which is costly).
     *
     * @param perAddress registrations from one client address per {@code window}, refilled evenly
     * @param window the period
     */
    public record RegistrationThrottle(@Min(1) int perAddress, @NotNull Duration window) {}

    /**
     * Tokens whose signature was checked once are remembered (by a hash, never in clear) so that polling clients
     * do not pay an RS256 check per request. An entry lasts until its token expires, at most {@code maxAge}.
     *
     * @param maxEntries most tokens remembered at once (0 turns the cache off); the least used are dropped first
     * @param maxAge longest time a verified token is remembered
     */
    public record TokenCache(@Min(0) int maxEntries, @NotNull Duration maxAge) {

        static final TokenCache DEFAULTS = new TokenCache(10_000, Duration.ofMinutes(5));
    }
}
