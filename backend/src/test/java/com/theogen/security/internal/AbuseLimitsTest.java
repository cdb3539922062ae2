package com.theogen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.security.SecurityError;
import com.theogen.security.SecurityProperties;
import com.theogen.shared.DomainException;
import com.theogen.web.ProblemResponses;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The login and sign-up limits on a clock the test moves: back-off that grows, and never locks anyone out. */
class AbuseLimitsTest {

    static final SecurityProperties DEFAULTS = new SecurityProperties(
            Duration.ofHours(12),
            "theogen",
            true,
            SecurityProperties.Registration.OPEN,
            List.of(),
            new SecurityProperties.LoginThrottle(10, 30, Duration.ofMinutes(1), 6),
            new SecurityProperties.RegistrationThrottle(5, Duration.ofHours(1)),
            1000,
            null);

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    final AbuseLimits limits = new AbuseLimits(DEFAULTS, clock, nanos::get);

    @Test
    void answersTenFailuresFromOneAddressThenThrottlesWithAWait() throws Exception {
        InetAddress stranger = InetAddress.getByName("203.0.113.9");
        for (int i = 0; i < 10; i++) {
            limits.beginLogin("ana@example.org", stranger);
        }

        assertThatThrownBy(() -> limits.beginLogin("ana@example.org", stranger))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(SecurityError.LOGIN_THROTTLED);
                    assertThat(e.category().httpStatus()).isEqualTo(429);
                    assertThat((Long) e.details().get(ProblemResponses.RETRY_AFTER_SECONDS))
                            .isBetween(1L, 6L);
                });
        // another account from the same address is throttled too: the address is out of allowance
        assertThatThrownBy(() -> limits.beginLogin("bo@example.org", stranger)).isInstanceOf(DomainException.class);
    }

    @Test
    void theWaitBetweenAllowedFailuresDoublesAsAClientKeepsFailingAndStopsGrowingAtTheLastLevel() throws Exception {
        InetAddress guesser = InetAddress.getByName("203.0.113.10");
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 3000; attempt++) {
            try {
                limits.beginLogin("target-" + attempt + "@example.org", guesser);
            } catch (DomainException throttled) {
                long seconds = (Long) throttled.details().get(ProblemResponses.RETRY_AFTER_SECONDS);
                waits.add(seconds);
                nanos.addAndGet(Duration.ofSeconds(seconds).toNanos());
            }
        }

        List<Long> distinct = waits.stream().distinct().toList();
        assertThat(distinct).as("waits in the order met").containsExactly(6L, 12L, 24L, 48L, 96L, 192L);
        assertThat(waits).allMatch(w -> w <= 192);
    }

    @Test
    void aSuccessfulLoginCostsNothingAndAnIdleAddressGetsItsAllowanceBack() throws Exception {
        InetAddress owner = InetAddress.getByName("198.51.100.4");
        for (int i = 0; i < 50; i++) {
            limits.beginLogin("owner@example.org", owner).succeeded();
        }
        for (int i = 0; i < 10; i++) {
            limits.beginLogin("owner@example.org", owner);
        }
        assertThatThrownBy(() -> limits.beginLogin("owner@example.org", owner)).isInstanceOf(DomainException.class);

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());

        for (int i = 0; i < 10; i++) {
            limits.beginLogin("owner@example.org", owner);
        }
    }

    @Test
    void failuresFromManyAddressesThrottleTheAccountButNoSingleStrangerCan() throws Exception {
        for (int address = 1; address <= 3; address++) {
            InetAddress stranger = InetAddress.getByName("203.0.113." + address);
            for (int i = 0; i < 10; i++) {
                limits.beginLogin("victim@example.org", stranger);
            }
        }
        InetAddress owner = InetAddress.getByName("198.51.100.7");

        assertThatThrownBy(() -> limits.beginLogin("victim@example.org", owner))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(SecurityError.LOGIN_THROTTLED));
        // refused attempts take nothing from the owner's own address
        limits.beginLogin("someone-else@example.org", owner);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        limits.beginLogin("victim@example.org", owner).succeeded();
    }

    @Test
    void fiveRegistrationsPerAddressAndHourThenAWait() throws Exception {
        InetAddress address = InetAddress.getByName("203.0.113.77");
        for (int i = 0; i < 5; i++) {
            limits.beginRegistration(address);
        }
        assertThatThrownBy(() -> limits.beginRegistration(address)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(SecurityError.REGISTRATION_THROTTLED);
            assertThat((Long) e.details().get(ProblemResponses.RETRY_AFTER_SECONDS))
                    .isBetween(719L, 721L);
        });
        limits.beginRegistration(InetAddress.getByName("203.0.113.78"));
    }

    @Test
    void anIpv6SubscriberIsOneClientAcrossItsSlash64() throws Exception {
        assertThat(AbuseLimits.addressKey(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
                .isEqualTo(AbuseLimits.addressKey(InetAddress.getByName("2001:db8:1:2:ffff:1:2:3")))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(AbuseLimits.addressKey(InetAddress.getByName("203.0.113.5"))).isEqualTo("203.0.113.5");
        InetAddress first = InetAddress.getByName("2001:db8:1:2::10");
        for (int i = 0; i < 10; i++) {
            limits.beginLogin("x@example.org", InetAddress.getByName("2001:db8:1:2::" + Integer.toHexString(i + 1)));
        }
        assertThatThrownBy(() -> limits.beginLogin("y@example.org", first)).isInstanceOf(DomainException.class);
    }
}
