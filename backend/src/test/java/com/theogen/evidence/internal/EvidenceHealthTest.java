package com.theogen.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.internal.neo4j.Neo4jEvidenceGraph;
import com.theogen.evidence.internal.qdrant.QdrantVectorIndex;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Health components go DOWN, within their store's timeout, when Qdrant or Neo4j cannot be reached. */
@Timeout(120) // a hang guard, not a timing claim: each ping is bounded by a 1 s store timeout
class EvidenceHealthTest {

    @Test
    void qdrantThatDoesNotAnswerIsDown() throws Exception {
        int port = unusedPort();
        try (QdrantVectorIndex qdrant = QdrantVectorIndex.connect(
                new EvidenceProperties.Qdrant("127.0.0.1", port, false, "", "c", Duration.ofSeconds(1), 10), 384)) {
            Health health = new EvidenceSourceHealth(qdrant.name(), qdrant::ping).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails())
                    .containsEntry("backend", "qdrant")
                    .containsEntry("error_code", "EVIDENCE_SOURCE_UNAVAILABLE");
        }
    }

    @Test
    void neo4jThatDoesNotAnswerIsDown() throws Exception {
        int port = unusedPort();
        try (Neo4jEvidenceGraph neo4j = Neo4jEvidenceGraph.connect(
                new EvidenceProperties.Neo4j("bolt://127.0.0.1:" + port, "neo4j", "pw", Duration.ofSeconds(1), 100))) {
            Health health = new EvidenceSourceHealth(neo4j.name(), neo4j::ping).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("backend", "neo4j");
        }
    }

    @Test
    void anUnexpectedAdapterErrorIsDownRatherThanAFailedEndpoint() {
        Health health = new EvidenceSourceHealth("lucene", () -> {
                    throw new IllegalStateException("closed");
                })
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
