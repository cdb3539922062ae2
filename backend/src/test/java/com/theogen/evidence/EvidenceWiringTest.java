package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.Language;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default, wired by Spring with no external service: Lucene, the in-process graph, ONNX. */
@IntegrationTest
class EvidenceWiringTest {

    @Autowired
    Evidence evidence;

    @Autowired
    VectorIndex index;

    @Autowired
    EvidenceGraph graph;

    @Autowired
    Embedder embedder;

    @Autowired
    ApiClient api;

    @Test
    void defaultsToLuceneTheInProcessGraphAndTheBundledModel() {
        assertThat(index.name()).isEqualTo("lucene");
        assertThat(graph.name()).isEqualTo("inprocess");
        assertThat(embedder.dimension()).isEqualTo(index.dimension()).isEqualTo(384);
    }

    @Test
    void indexesAndFindsAFragmentEndToEnd() {
        UUID project = UUID.randomUUID();
        IndexedFragment fragment = new IndexedFragment(
                project,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Rosa",
                Language.ES,
                "La comunidad organizó una olla común durante la pandemia.",
                List.of(),
                List.of());

        evidence.index(List.of(fragment));
        EvidenceResult<List<ScoredFragment>> hits = evidence.search(SearchQuery.of(project, "olla común", 5));

        assertThat(hits.degraded()).isFalse();
        assertThat(hits.result()).singleElement().satisfies(h -> {
            assertThat(h.fragment().fragmentId()).isEqualTo(fragment.fragmentId());
            assertThat(h.lexicalMatch()).isTrue();
        });
        evidence.deleteProject(project);
        assertThat(index.count(project)).isZero();
    }

    @Test
    void healthShowsTheVectorIndexAndTheGraph() {
        api.http()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.vectorIndex.status")
                .isEqualTo("UP")
                .jsonPath("$.components.evidenceGraph.status")
                .isEqualTo("UP");
    }
}
