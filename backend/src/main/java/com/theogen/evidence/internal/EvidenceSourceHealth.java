package com.theogen.evidence.internal;

import com.theogen.evidence.EvidenceSourceException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Health of one evidence store: UP when it answers its ping within the timeout, DOWN otherwise. */
class EvidenceSourceHealth implements HealthIndicator {

    private final String backend;
    private final Runnable ping;

    EvidenceSourceHealth(String backend, Runnable ping) {
        this.backend = backend;
        this.ping = ping;
    }

    @Override
    public Health health() {
        try {
            ping.run();
            return Health.up().withDetail("backend", backend).build();
        } catch (EvidenceSourceException e) {
            return Health.down()
                    .withDetail("backend", backend)
                    .withDetail("error_code", e.errorCode())
                    .build();
        } catch (RuntimeException e) {
            // an adapter bug or an unexpected driver error must still read as DOWN, never as a failed endpoint
            return Health.down()
                    .withDetail("backend", backend)
                    .withDetail("error_code", "EVIDENCE_SOURCE_FAILED")
                    .build();
        }
    }
}
