package com.theogen.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that the wrapped decoder has verified, so that a client polling a status every few hundred
 * milliseconds pays for one RS256 signature check per token rather than one per request.
 *
 * <p>Entries are keyed by the SHA-256 of the token (the token itself is never stored), bounded in number, and
 * dropped when the token expires or after {@code maxAge}, whichever comes first; a hit is also checked against
 * the token's expiry again. Only successes are remembered: a rejected token is checked again each time.
 */
class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Cache<ByteBuffer, Jwt> verified;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Duration maxAge, Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(ticker)
                .expireAfter(new UntilExpiry(maxAge, clock))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        ByteBuffer key = key(token);
        Jwt known = verified.getIfPresent(key);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> {
            if (stillValid(jwt)) {
                verified.put(key, jwt);
            }
        });
    }

    /** How many verified tokens are remembered now (for tests and metrics). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean stillValid(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        return expires != null && clock.instant().isBefore(expires);
    }

    private static ByteBuffer key(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Each entry lives until its token expires, at most {@code maxAge}. */
    private record UntilExpiry(Duration maxAge, Clock clock) implements Expiry<ByteBuffer, Jwt> {

        @Override
        public long expireAfterCreate(ByteBuffer key, Jwt jwt, long currentTime) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            Duration life = left.compareTo(maxAge) < 0 ? left : maxAge;
            return Math.max(0, life.toNanos());
        }

        @Override
        public long expireAfterUpdate(ByteBuffer key, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(key, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(ByteBuffer key, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
