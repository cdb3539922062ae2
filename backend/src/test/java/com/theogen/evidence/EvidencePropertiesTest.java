package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EvidencePropertiesTest {

    @Test
    void neverPrintsTheQdrantKeyOrTheNeo4jPassword() {
        EvidenceProperties.Qdrant qdrant =
                new EvidenceProperties.Qdrant("q", 6334, true, "qdrant-secret-key", "c", Duration.ofSeconds(1), 10);
        EvidenceProperties.Neo4j neo4j =
                new EvidenceProperties.Neo4j("bolt://n:7687", "neo4j", "neo4j-secret-pw", Duration.ofSeconds(1), 10);
        EvidenceProperties properties = new EvidenceProperties(
                EvidenceProperties.VectorBackend.QDRANT,
                EvidenceProperties.GraphBackend.NEO4J,
                EvidenceProperties.EmbedderKind.ONNX,
                32,
                Duration.ofMinutes(2),
                3,
                Duration.ofSeconds(60),
                64,
                new EvidenceProperties.Sync(
                        1, 100, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(15), 5),
                qdrant,
                neo4j);

        assertThat(properties.toString())
                .doesNotContain("qdrant-secret-key")
                .doesNotContain("neo4j-secret-pw")
                .contains("<redacted>");
    }
}
