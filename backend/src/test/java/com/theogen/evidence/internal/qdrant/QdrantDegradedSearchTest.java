package com.theogen.evidence.internal.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.TestEmbedders;
import com.theogen.evidence.internal.EvidenceService;
import com.theogen.evidence.internal.Retrier;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.shared.Language;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Search through the service goes on, flagged degraded, when the Qdrant server stops mid-way. */
class QdrantDegradedSearchTest {

    @Test
    void searchReportsQdrantMissingOnceTheServerStops() throws Exception {
        UUID project = UUID.randomUUID();
        try (InMemoryQdrantServer server = new InMemoryQdrantServer("degraded-" + UUID.randomUUID());
                QdrantVectorIndex qdrant = new QdrantVectorIndex(
                        new QdrantClient(QdrantGrpcClient.newBuilder(server.channel(), true, false)
                                .build()),
                        "theogen",
                        384,
                        Duration.ofSeconds(2),
                        64)) {
            EvidenceService service = new EvidenceService(
                    TestEmbedders.onnx(),
                    qdrant,
                    new InProcessEvidenceGraph(),
                    new Retrier(2, Duration.ofMillis(1)),
                    8);
            service.index(List.of(new IndexedFragment(
                    project,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "P1",
                    Language.EN,
                    "The clinic closed.",
                    List.of(),
                    List.of())));
            SearchQuery query = SearchQuery.of(project, "clinic closure", 3);

            EvidenceResult<List<ScoredFragment>> before = service.search(query);
            server.close();
            EvidenceResult<List<ScoredFragment>> after = service.search(query);

            assertThat(before.degraded()).isFalse();
            assertThat(before.result()).hasSize(1);
            assertThat(after.degraded()).isTrue();
            assertThat(after.missingSources()).containsExactly("qdrant");
            assertThat(after.result()).isEmpty();
        }
    }
}
