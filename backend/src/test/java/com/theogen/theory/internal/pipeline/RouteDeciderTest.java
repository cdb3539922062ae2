package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.theory.TheoryProperties;
import com.theogen.theory.TheoryProperties.Route;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouteDeciderTest {

    final RouteDecider decider = new RouteDecider();

    @Test
    void aProjectAlwaysLandsInTheSameBucket() {
        UUID project = UUID.fromString("3f1dafe6-7abf-4107-9af1-fc98b4346cb0");
        assertThat(RouteDecider.bucket(project))
                .isEqualTo(RouteDecider.bucket(project))
                .isBetween(0, 99);
    }

    @Test
    void zeroPercentKeepsEveryoneOnTheBaselineAndHundredMovesEveryone() {
        IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).forEach(p -> {
            assertThat(decider.decide(p, settings(Route.LEGACY, 0)).route()).isEqualTo(Route.LEGACY);
            assertThat(decider.decide(p, settings(Route.LEGACY, 100)).route()).isEqualTo(Route.STAGED);
        });
    }

    @Test
    void raisingTheCanaryOnlyMovesProjectsOntoIt() {
        IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).forEach(p -> {
            boolean at10 = decider.decide(p, settings(Route.LEGACY, 10)).route() == Route.STAGED;
            boolean at30 = decider.decide(p, settings(Route.LEGACY, 30)).route() == Route.STAGED;
            assertThat(!at10 || at30).isTrue();
        });
        long share = IntStream.range(0, 2000)
                .filter(i -> decider.decide(UUID.randomUUID(), settings(Route.STAGED, 20))
                                .route()
                        == Route.LEGACY)
                .count();
        assertThat(share).isBetween(300L, 500L);
    }

    static TheoryProperties settings(Route route, int percent) {
        return new TheoryProperties(route, percent, 2, 5, 12, Duration.ofMinutes(30));
    }
}
