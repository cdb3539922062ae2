package com.theogen.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.theogen.security.SecurityError;
import com.theogen.security.SecurityProperties;
import com.theogen.shared.DomainException;
import com.theogen.web.ProblemResponses;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The login and registration limits of docs/adr/018: Bucket4j token buckets, one per client address or account,
 * kept in Caffeine caches bounded in size and forgetting a key once its bucket would be full again anyway. State
 * is per process: with N replicas behind a balancer that spreads one client over them, a client gets up to N
 * times the allowance.
 *
 * <p>A login takes one token from its address's bucket and one from its account's before the password is
 * checked, so concurrent guesses cannot overrun the limit; a successful login gives both back, so only failures
 * count. A throttled login is refused before the password is checked: the answer says nothing about it.
 */
final class AbuseLimits {

    private final Cache<String, Bucket> loginsByAddress;
    private final Cache<String, Bucket> loginsByAccount;
    private final Cache<String, Bucket> registrationsByAddress;
    private final Supplier<Bucket> addressBucket;
    private final Supplier<Bucket> accountBucket;
    private final Supplier<Bucket> registrationBucket;

    AbuseLimits(SecurityProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    /** With explicit clocks (Bucket4j's and Caffeine's) for tests. */
    AbuseLimits(SecurityProperties properties, TimeMeter time, Ticker ticker) {
        SecurityProperties.LoginThrottle login = properties.loginThrottle();
        SecurityProperties.RegistrationThrottle registration = properties.registrationThrottle();
        this.addressBucket = () -> loginBucket(login.failuresPerAddress(), login.window(), login.levels(), time);
        this.accountBucket = () -> loginBucket(login.failuresPerAccount(), login.window(), login.levels(), time);
        this.registrationBucket = () -> Bucket.builder()
                .addLimit(limit -> limit.capacity(registration.perAddress())
                        .refillGreedy(registration.perAddress(), registration.window()))
                .withCustomTimePrecision(time)
                .build();
        Duration loginMemory = longestWindow(login.window(), login.levels());
        this.loginsByAddress = cache(properties.throttleMaxKeys(), loginMemory, ticker);
        this.loginsByAccount = cache(properties.throttleMaxKeys(), loginMemory, ticker);
        this.registrationsByAddress = cache(properties.throttleMaxKeys(), registration.window(), ticker);
    }

    /** A login that passed the limits; call {@link #succeeded()} when the password was right. */
    interface LoginAttempt {
        void succeeded();
    }

    /**
     * Takes one failure's allowance from the address and from the account.
     *
     * @throws DomainException {@link SecurityError#LOGIN_THROTTLED} (429, with the wait in seconds) when either
     *     has none left; nothing is taken then
     */
    LoginAttempt beginLogin(String account, InetAddress address) {
        Bucket byAddress = loginsByAddress.get(addressKey(address), key -> addressBucket.get());
        Bucket byAccount = loginsByAccount.get(account, key -> accountBucket.get());
        ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            throw throttled(SecurityError.LOGIN_THROTTLED, "Too many failed sign-ins", fromAddress);
        }
        ConsumptionProbe onAccount = byAccount.tryConsumeAndReturnRemaining(1);
        if (!onAccount.isConsumed()) {
            byAddress.addTokens(1);
            throw throttled(SecurityError.LOGIN_THROTTLED, "Too many failed sign-ins", onAccount);
        }
        return () -> {
            byAddress.addTokens(1);
            byAccount.addTokens(1);
        };
    }

    /**
     * Takes one registration from the address's allowance.
     *
     * @throws DomainException {@link SecurityError#REGISTRATION_THROTTLED} (429, with the wait in seconds)
     */
    void beginRegistration(InetAddress address) {
        Bucket bucket = registrationsByAddress.get(addressKey(address), key -> registrationBucket.get());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw throttled(SecurityError.REGISTRATION_THROTTLED, "Too many new accounts from this address", probe);
        }
    }

    /**
     * The key of an address: itself for IPv4; its /64 network for IPv6, because one subscriber usually holds a
     * whole /64 and could otherwise take a fresh address for every attempt.
     */
    static String addressKey(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] network = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Level {@code i} allows {@code failures × 2^i} per {@code window × 4^i}, refilled evenly: the interval between
     * allowed attempts doubles from one level to the next (exponential back-off).
     */
    static Bucket loginBucket(int failures, Duration window, int levels, TimeMeter time) {
        LocalBucketBuilder builder = Bucket.builder();
        for (int level = 0; level < levels; level++) {
            long capacity = (long) failures << level;
            Duration period = window.multipliedBy(1L << (2 * level));
            builder.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period));
        }
        return builder.withCustomTimePrecision(time).build();
    }

    /** After this long without a failure every level of a login bucket is full again. */
    static Duration longestWindow(Duration window, int levels) {
        return window.multipliedBy(1L << (2 * (levels - 1)));
    }

    private static Cache<String, Bucket> cache(int maxKeys, Duration idle, Ticker ticker) {
        return Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(idle)
                .ticker(ticker)
                .build();
    }

    private static DomainException throttled(SecurityError code, String what, ConsumptionProbe probe) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new DomainException(
                code,
                what + "; try again in " + seconds + " seconds",
                Map.of(ProblemResponses.RETRY_AFTER_SECONDS, seconds));
    }
}
