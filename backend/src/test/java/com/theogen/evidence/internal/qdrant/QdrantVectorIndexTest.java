package com.theogen.evidence.internal.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.VectorIndexContract;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link VectorIndexContract} against {@link QdrantVectorIndex} talking gRPC to {@link InMemoryQdrantServer}.
 * No Qdrant binary can be obtained on this machine, so that server, built on the client's own service base
 * classes, stands in for one: this proves the adapter's requests and its mapping of results and failures, not
 * the wire-level behaviour of a real Qdrant (filter semantics nuances are not proven here; see
 * {@code RealQdrantVectorIndexTest}, which runs when {@code QDRANT_URL} is set).
 */
class QdrantVectorIndexTest extends VectorIndexContract {

    private static final String COLLECTION = "theogen_test";

    private final List<AutoCloseable> resources = new ArrayList<>();
    private InMemoryQdrantServer server;

    @Override
    protected VectorIndex newIndex(int dimension) throws Exception {
        server = new InMemoryQdrantServer("qdrant-" + UUID.randomUUID());
        resources.add(server);
        return client(dimension, Duration.ofSeconds(5));
    }

    private QdrantVectorIndex client(int dimension, Duration timeout) {
        QdrantClient client = new QdrantClient(QdrantGrpcClient.newBuilder(server.channel(), true, false)
                .withTimeout(timeout)
                .build());
        QdrantVectorIndex qdrant = new QdrantVectorIndex(client, COLLECTION, dimension, timeout, 2);
        resources.add(0, qdrant);
        return qdrant;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void createsTheCollectionWithAPayloadIndexOnEveryFilterKeyOnFirstUse() {
        assertThat(server.hasCollection(COLLECTION)).isFalse();

        put(english("First write creates the collection."));

        assertThat(server.hasCollection(COLLECTION)).isTrue();
        assertThat(server.payloadIndexes(COLLECTION))
                .containsExactlyInAnyOrder(
                        "project_id", "interview_id", "fragment_id", "speaker", "code_ids", "category_ids", "language");
    }

    @Test
    void initialisingCreatesTheCollectionAtStartAndToleratesAnUnreachableServer() {
        ((QdrantVectorIndex) index).initialise();

        assertThat(server.hasCollection(COLLECTION)).isTrue();
        assertThat(server.payloadIndexes(COLLECTION)).hasSize(7);
        try (QdrantVectorIndex nowhere = QdrantVectorIndex.connect(QdrantTestConfig.unreachable(), 4)) {
            nowhere.initialise();
        }
    }

    @Test
    void upsertsInBatchesOfTheConfiguredSize() {
        put(english("one"), english("two"), english("three"), english("four"), english("five"));

        assertThat(index.count(project)).isEqualTo(5);
    }

    @Test
    void recreatesTheCollectionWhenItDisappears() {
        put(english("Before the collection was dropped."));
        server.dropCollection(COLLECTION);

        put(english("After the collection was dropped."));

        assertThat(index.count(project)).isEqualTo(1);
    }

    @Test
    void reportsAStoppedServerAsUnavailable() {
        put(english("Written while the server was up."));
        server.close();

        assertThatThrownBy(() -> search(SearchQuery.of(project, "anything", 3)))
                .isInstanceOfSatisfying(EvidenceSourceException.class, e -> {
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.source()).isEqualTo("qdrant");
                    assertThat(e.errorCode()).isEqualTo("EVIDENCE_SOURCE_UNAVAILABLE");
                });
        assertThatThrownBy(index::ping).isInstanceOf(EvidenceSourceException.class);
    }

    @Test
    void givesUpOnAHungServerAtTheDeadline() {
        VectorIndex impatient = client(embedder.dimension(), Duration.ofMillis(300));
        impatient.ping();
        server.stall(true);

        assertThatThrownBy(impatient::ping)
                .isInstanceOfSatisfying(EvidenceSourceException.class, e -> assertThat(e.retriable())
                        .isTrue())
                .hasMessageContaining("DEADLINE_EXCEEDED");
    }

    @Test
    void reportsAnUnreachableServerAsUnavailable() {
        try (QdrantVectorIndex nowhere = QdrantVectorIndex.connect(QdrantTestConfig.unreachable(), 4)) {
            assertThatThrownBy(nowhere::ping)
                    .isInstanceOfSatisfying(EvidenceSourceException.class, e -> assertThat(e.retriable())
                            .isTrue());
            assertThatThrownBy(() -> nowhere.count(project)).isInstanceOf(EvidenceSourceException.class);
        }
    }
}
