package com.theogen.evidence.internal.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.evidence.EvidenceGraph;
import com.theogen.evidence.EvidenceGraphContract;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.GraphFixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The {@link EvidenceGraphContract} against a real Neo4j 5.26 server embedded by the test harness. */
class Neo4jEvidenceGraphTest extends EvidenceGraphContract {

    private final List<Neo4jEvidenceGraph> opened = new ArrayList<>();

    @Override
    protected EvidenceGraph newGraph() {
        Neo4jEvidenceGraph neo4j = Neo4jHarness.graph(Duration.ofMinutes(1), 3);
        opened.add(neo4j);
        return neo4j;
    }

    @AfterEach
    void close() {
        opened.forEach(Neo4jEvidenceGraph::close);
    }

    @Test
    void aWipedDatabaseHasAnotherGeneration() {
        String before = graph.generation();

        try (Driver driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none())) {
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
        }

        assertThat(graph.generation()).startsWith("neo4j:").isNotEqualTo(before);
    }

    @Test
    void createsUniqueConstraintsAndProjectIndexes() {
        graph.ping();
        graph.metrics(UUID.randomUUID());

        try (Driver driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none())) {
            List<String> constraints =
                    driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records().stream()
                            .map(r -> r.get("name").asString())
                            .toList();
            List<String> indexes =
                    driver.executableQuery("SHOW INDEXES YIELD name RETURN name").execute().records().stream()
                            .map(r -> r.get("name").asString())
                            .toList();
            assertThat(constraints)
                    .contains(
                            "theogen_project_id",
                            "theogen_interview_id",
                            "theogen_fragment_id",
                            "theogen_code_id",
                            "theogen_category_id");
            assertThat(indexes).contains("theogen_fragment_project", "theogen_category_project");
        }
    }

    @Test
    void writesTheModelAsLabelledNodesAndRelationships() {
        GraphFixtures.Star star = GraphFixtures.star();
        graph.sync(star.batch());

        try (Driver driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none())) {
            long paths = driver.executableQuery(
                            """
                            MATCH (:Project {id: $p})-[:HAS_INTERVIEW]->(:Interview)-[:HAS_FRAGMENT]->(:Fragment)
                                  -[:CODED_AS]->(:Code)-[:IN_CATEGORY]->(:Category)<-[:HAS_CATEGORY]-(:Project {id: $p})
                            RETURN count(*) AS n
                            """)
                    .withParameters(java.util.Map.of("p", star.project().toString()))
                    .execute()
                    .records()
                    .get(0)
                    .get("n")
                    .asLong();
            // f1: 2 codes, f2: 2, f3: 2, f4: 2, f5: 1 with a category; f6's code has none
            assertThat(paths).isEqualTo(9);
        }
    }

    @Test
    void reportsAnUnreachableServerAsUnavailableWithinTheTimeout() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EvidenceProperties.Neo4j config = new EvidenceProperties.Neo4j(
                "bolt://127.0.0.1:" + port, "neo4j", "secret", Duration.ofMillis(500), 100);
        try (Neo4jEvidenceGraph nowhere = Neo4jEvidenceGraph.connect(config)) {
            nowhere.initialise();
            assertThatThrownBy(nowhere::ping).isInstanceOfSatisfying(EvidenceSourceException.class, e -> {
                assertThat(e.retriable()).isTrue();
                assertThat(e.source()).isEqualTo("neo4j");
            });
            assertThatThrownBy(() -> nowhere.metrics(UUID.randomUUID())).isInstanceOf(EvidenceSourceException.class);
        }
    }

    /**
     * The driver retries one call's transient failures (a refused connection among them) for at most {@link
     * Neo4jEvidenceGraph#DRIVER_RETRY}, never for the whole timeout: longer outages are retried by the evidence
     * {@code Retrier} and the reconciler. Before, the retry window was the timeout, and a call against a stopped
     * Neo4j waited that long.
     */
    @Test
    void theDriversOwnRetryIsAtMostOneSecondAndNeverLongerThanTheTimeout() {
        assertThat(Neo4jEvidenceGraph.driverConfig(Duration.ofSeconds(30)).maxTransactionRetryTimeMillis())
                .isEqualTo(1_000);
        assertThat(Neo4jEvidenceGraph.driverConfig(Duration.ofMillis(300)).maxTransactionRetryTimeMillis())
                .isEqualTo(300);
        assertThat(Neo4jEvidenceGraph.driverConfig(Duration.ofSeconds(30)).connectionTimeoutMillis())
                .isEqualTo(30_000);
    }
}
