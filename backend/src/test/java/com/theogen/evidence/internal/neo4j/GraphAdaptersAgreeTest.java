package com.theogen.evidence.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.GraphFixtures;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Neo4j and the in-process graph give identical metrics on the same data. */
class GraphAdaptersAgreeTest {

    @Test
    void neo4jAndInProcessComputeIdenticalMetricsForARandomProject() {
        GraphBatch project = GraphFixtures.random(2024, 6, 60, 14, 45);
        InProcessEvidenceGraph inProcess = new InProcessEvidenceGraph();
        inProcess.sync(project);

        NetworkMetrics expected = inProcess.metrics(project.projectId());
        NetworkMetrics actual;
        try (Neo4jEvidenceGraph neo4j = Neo4jHarness.graph(Duration.ofMinutes(2), 500)) {
            neo4j.sync(project);
            actual = neo4j.metrics(project.projectId());
        }

        assertThat(expected.counts().fragments()).isEqualTo(360);
        assertThat(expected.coOccurrences()).hasSizeGreaterThan(20);
        assertThat(actual).isEqualTo(expected);
    }
}
