package com.theogen.export;

import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for the theory and coding modules while they are built in parallel: reports and coding snapshots a
 * test registers for its own project. Primary, so they win over the real beans once those exist; used only in
 * the export integration context ({@link ExportIntegrationTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ExportFixtures {

    private static final Map<String, TheoryReport> REPORTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();
    private static final Map<UUID, CodingSnapshot> CODING = new ConcurrentHashMap<>();

    /** Registers a report as theory {@code theoryId} of the project; returns the theory id. */
    public static UUID theory(String projectId, TheoryReport report) {
        UUID theoryId = UUID.randomUUID();
        REPORTS.put(key(UUID.fromString(projectId), theoryId), report);
        return theoryId;
    }

    /** How often the export module asked for the report of this theory. */
    public static int lookups(String projectId, UUID theoryId) {
        return LOOKUPS.getOrDefault(key(UUID.fromString(projectId), theoryId), new AtomicInteger())
                .get();
    }

    public static void coding(CodingSnapshot snapshot) {
        CODING.put(snapshot.projectId(), snapshot);
    }

    private static String key(UUID projectId, UUID theoryId) {
        return projectId + "/" + theoryId;
    }

    @Bean
    @Primary
    TheoryReportSource fixtureReports() {
        return (projectId, theoryId) -> {
            String key = key(projectId, theoryId);
            LOOKUPS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return Optional.ofNullable(REPORTS.get(key));
        };
    }

    @Bean
    @Primary
    Codebooks fixtureCodebooks() {
        return new Codebooks() {
            @Override
            public CodingSnapshot snapshot(UUID projectId) {
                return CODING.getOrDefault(
                        projectId, new CodingSnapshot(projectId, List.of(), List.of(), List.of(), List.of()));
            }

            @Override
            public void syncEvidence(UUID projectId) {}
        };
    }
}
