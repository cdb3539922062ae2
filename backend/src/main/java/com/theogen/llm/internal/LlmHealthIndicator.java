package com.theogen.llm.internal;

import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code llm} health component. It reports configuration only and never calls the provider: a health probe
 * must not spend tokens or count against rate limits.
 */
final class LlmHealthIndicator implements HealthIndicator {

    private final LlmClient client;

    LlmHealthIndicator(LlmClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        LlmStatus status = client.status();
        return Health.up()
                .withDetail("provider", status.provider().key())
                .withDetail("cost_mode", status.costMode().key())
                .withDetail("server_key", status.serverKeyConfigured())
                .withDetail("allow_byo_key", status.allowByoKey())
                .build();
    }
}
