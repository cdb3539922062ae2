package com.theogen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** Verified tokens are remembered until they expire; nothing else is remembered. */
class CachingJwtDecoderTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    final MovableClock clock = new MovableClock();
    final RecordingDecoder delegate = new RecordingDecoder(clock);
    final CachingJwtDecoder decoder =
            new CachingJwtDecoder(delegate, 100, Duration.ofMinutes(5), clock, () -> clock.nanos);

    @Test
    void checksTheSignatureOnceForATokenPolledRepeatedly() {
        for (int i = 0; i < 10; i++) {
            assertThat(decoder.decode("token-a").block().getSubject()).isEqualTo("token-a");
        }
        assertThat(delegate.calls).containsExactly("token-a");
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        delegate.lifetime = Duration.ofSeconds(30);
        decoder.decode("short-lived").block();
        clock.advance(Duration.ofSeconds(31));

        assertThatThrownBy(() -> decoder.decode("short-lived").block()).isInstanceOf(BadJwtException.class);
        assertThat(delegate.calls).containsExactly("short-lived", "short-lived");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void checksALongLivedTokenAgainAfterMaxAge() {
        delegate.lifetime = Duration.ofHours(12);
        decoder.decode("token-a").block();
        clock.advance(Duration.ofMinutes(4));
        decoder.decode("token-a").block();
        clock.advance(Duration.ofMinutes(2));
        decoder.decode("token-a").block();

        assertThat(delegate.calls).containsExactly("token-a", "token-a");
    }

    @Test
    void neverRemembersARejectedToken() {
        delegate.reject = true;
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(delegate.calls).containsExactly("forged", "forged");
        assertThat(decoder.size()).isZero();
    }

    @Test
    void tellsTokensApartAndStaysWithinItsBound() {
        CachingJwtDecoder small = new CachingJwtDecoder(delegate, 2, Duration.ofMinutes(5), clock, () -> clock.nanos);
        for (int i = 0; i < 50; i++) {
            assertThat(small.decode("token-" + i).block().getSubject()).isEqualTo("token-" + i);
        }
        assertThat(delegate.calls).hasSize(50);
        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    /** Stands in for the RS256 decoder: counts calls; its tokens expire {@code lifetime} after issue. */
    static final class RecordingDecoder implements ReactiveJwtDecoder {
        final List<String> calls = new ArrayList<>();
        final Clock clock;
        Duration lifetime = Duration.ofHours(1);
        boolean reject;

        RecordingDecoder(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Mono<Jwt> decode(String token) {
            calls.add(token);
            Instant now = clock.instant();
            if (reject || token.equals("short-lived") && calls.size() > 1) {
                return Mono.error(new BadJwtException("rejected"));
            }
            return Mono.just(Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject(token)
                    .issuedAt(now)
                    .expiresAt(now.plus(lifetime))
                    .build());
        }
    }

    static final class MovableClock extends Clock {
        long nanos;

        void advance(Duration d) {
            nanos += d.toNanos();
        }

        @Override
        public Instant instant() {
            return T0.plusNanos(nanos);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
