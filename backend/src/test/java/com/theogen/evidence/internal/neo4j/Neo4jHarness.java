package com.theogen.evidence.internal.neo4j;

import java.net.URI;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One embedded Neo4j server (neo4j-harness, test scope only: GPL) for every Neo4j test in the JVM. Its HTTP
 * server is disabled (it would need the Jetty/Jersey versions the harness brings, not Boot's); Bolt is all the
 * adapter uses. Tests use fresh project ids, so they can share it.
 */
public final class Neo4jHarness {

    private static Neo4j server;

    private Neo4jHarness() {}

    public static synchronized URI boltUri() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "neo4j-harness-shutdown"));
        }
        return server.boltURI();
    }

    public static Neo4jEvidenceGraph graph(Duration timeout, int batchSize) {
        return new Neo4jEvidenceGraph(GraphDatabase.driver(boltUri(), AuthTokens.none()), timeout, batchSize);
    }
}
