package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.evidence.internal.neo4j.Neo4jEvidenceGraph;
import com.theogen.evidence.internal.neo4j.Neo4jHarness;
import com.theogen.evidence.internal.qdrant.InMemoryQdrantServer;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.TcpRelay;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The design card's production evidence stores in a whole run: the application starts with {@code
 * theogen.evidence.vector-backend=qdrant} and {@code graph-backend=neo4j}, and a researcher uploads interviews,
 * which get indexed, auto-codes them, generates a theory, searches and deletes the project (its points and nodes
 * go); then both stores become unreachable, and the same work still ends: the theory {@code completed} and marked
 * {@code degraded}, the search answering with {@code missing_sources}.
 *
 * <p>Qdrant: no Qdrant binary can be obtained on this machine (only Maven Central, npm and Debian packages are
 * reachable), so the server is {@link InMemoryQdrantServer}, built on the Qdrant client's own generated gRPC
 * service classes and served on a local TCP port; the application reaches it by host and port like a real Qdrant.
 * Neo4j: the Neo4j test harness (an embedded Neo4j 5.26 server, test scope only), reached through a {@link
 * TcpRelay} that the test cuts to make it unreachable. Two English transcripts keep the embedding work small;
 * the stores' deadlines are generous because a loaded build machine makes the embedded Neo4j slow, and a failed
 * write is only retried by the reconciler (hourly in tests).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {
            "theogen.evidence.vector-backend=qdrant",
            "theogen.evidence.graph-backend=neo4j",
            "theogen.evidence.qdrant.host=127.0.0.1",
            "theogen.evidence.qdrant.collection=theogen_run_test",
            "theogen.evidence.qdrant.timeout=PT20S",
            "theogen.evidence.neo4j.user=neo4j",
            "theogen.evidence.neo4j.password=unused",
            "theogen.evidence.neo4j.timeout=PT20S",
            "theogen.evidence.sync-attempts=2"
        })
class ProductionStoresRunTest {

    static final String COLLECTION = "theogen_run_test";
    /** Background indexing and jobs on a shared, loaded 2-core machine: patience, not a timing claim. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    static final InMemoryQdrantServer QDRANT = start(InMemoryQdrantServer::onLocalPort);
    static final TcpRelay NEO4J = start(ProductionStoresRunTest::warmNeo4j);

    @Autowired
    ApiClient api;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("theogen.evidence.qdrant.port", QDRANT::port);
        registry.add("theogen.evidence.neo4j.uri", () -> "bolt://127.0.0.1:" + NEO4J.port());
    }

    @AfterAll
    static void stop() {
        QDRANT.close();
        NEO4J.close();
    }

    @Test
    @Order(1)
    void uploadIndexCodeTheorizeSearchAndDeleteOnQdrantAndNeo4j() {
        String token = api.newUserToken();
        String project = englishProject(token);

        uploadTranscripts(token, project);
        await().atMost(PATIENCE)
                .until(() -> search(token, project, "night shift")
                                .at("/index/indexed")
                                .asInt()
                        == 2);
        assertThat(QDRANT.points(COLLECTION, "project_id", project)).isPositive();
        assertThat(graphNodes(project)).isPositive();

        assertThat(awaitJob(token, project, start(token, project, "auto-code"), "auto-code")
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        JsonNode run = awaitJob(token, project, start(token, project, "generate-theory"), "generate-theory");
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.get("degraded").asBoolean()).as(run.toString()).isFalse();
        JsonNode theory = get(
                token,
                "/api/projects/" + project + "/theories/" + run.get("theory_id").asText());
        assertThat(theory.get("core_category").get("name").asText()).isNotBlank();
        assertThat(graphCategories(project)).as("categories synced to Neo4j").isPositive();

        JsonNode found = search(token, project, "caring for my father at night");
        assertThat(found.get("degraded").asBoolean()).isFalse();
        assertThat(found.get("missing_sources")).isEmpty();
        assertThat(found.get("results")).isNotEmpty();

        api.http()
                .delete()
                .uri("/api/projects/" + project)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();
        await().atMost(PATIENCE)
                .until(() -> QDRANT.points(COLLECTION, "project_id", project) == 0 && graphNodes(project) == 0);
    }

    @Test
    @Order(2)
    void withBothStoresUnreachableTheTheoryCompletesDegradedAndSearchSaysWhatIsMissing() {
        String token = api.newUserToken();
        String project = englishProject(token);
        QDRANT.close();
        NEO4J.close();

        uploadTranscripts(token, project);
        assertThat(awaitJob(token, project, start(token, project, "auto-code"), "auto-code")
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        JsonNode run = awaitJob(token, project, start(token, project, "generate-theory"), "generate-theory");

        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("completed");
        assertThat(run.get("degraded").asBoolean()).as(run.toString()).isTrue();
        JsonNode theory = get(
                token,
                "/api/projects/" + project + "/theories/" + run.get("theory_id").asText());
        assertThat(theory.get("degraded").asBoolean()).isTrue();
        JsonNode found = search(token, project, "caring for my father at night");
        assertThat(found.get("degraded").asBoolean()).isTrue();
        assertThat(found.get("missing_sources").toString()).contains("qdrant");
    }

    private String englishProject(String token) {
        return api.createProject(token, Map.of("name", "Working carers", "language", "en"))
                .get("id")
                .asText();
    }

    private void uploadTranscripts(String token, String project) {
        for (String file : List.of("02-john.txt", "08-helen.txt")) {
            TranscriptUploads.upload(api, token, project, file, demoTranscript(file), file.substring(3, 7), "en");
        }
    }

    private String start(String token, String project, String kind) {
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/" + kind)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of())
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("task_id")
                .asText();
    }

    private JsonNode awaitJob(String token, String project, String task, String kind) {
        String uri = "/api/projects/" + project + "/" + kind + "/status/" + task;
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> List.of(
                        "completed", "failed", "canceled")
                .contains(get(token, uri).get("status").asText()));
        return get(token, uri);
    }

    private JsonNode search(String token, String project, String query) {
        return get(token, "/api/projects/" + project + "/search?q=" + query.replace(' ', '+'));
    }

    private JsonNode get(String token, String uri) {
        return api.get(token, uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static long graphNodes(String project) {
        return count("MATCH (n) WHERE n.project_id = $p OR (n:Project AND n.id = $p) RETURN count(n) AS n", project);
    }

    private static long graphCategories(String project) {
        return count("MATCH (c:Category {project_id: $p}) RETURN count(c) AS n", project);
    }

    private static long count(String cypher, String project) {
        try (Driver driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none())) {
            return driver.executableQuery(cypher)
                    .withParameters(Map.of("p", project))
                    .execute()
                    .records()
                    .get(0)
                    .get("n")
                    .asLong();
        }
    }

    private static String demoTranscript(String file) {
        try (InputStream in = ProductionStoresRunTest.class.getResourceAsStream("/theogen/demo/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The relay to the harness, once the harness has planned and run the adapter's writes one time: a cold embedded
     * Neo4j on a loaded machine can take longer than a deadline for its first write.
     */
    private static TcpRelay warmNeo4j() throws IOException {
        try (Neo4jEvidenceGraph graph = Neo4jHarness.graph(Duration.ofMinutes(5), 1000)) {
            graph.initialise();
            GraphFixtures.Star star = GraphFixtures.star();
            graph.sync(star.batch());
            graph.metrics(star.project());
            graph.deleteProject(star.project());
        }
        return new TcpRelay(
                Neo4jHarness.boltUri().getHost(), Neo4jHarness.boltUri().getPort());
    }

    private interface Opening<T> {
        T open() throws IOException;
    }

    private static <T> T start(Opening<T> opening) {
        try {
            return opening.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
