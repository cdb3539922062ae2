package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.CodingChanged;
import com.theogen.evidence.Embedder;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.TranscriptUploads;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.internal.EvidenceService;
import com.theogen.evidence.internal.Retrier;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.sync.SyncListener;
import com.theogen.evidence.internal.sync.SyncReconciler;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code graph_sync} pushes only what changed since the last push (docs/adr/042), against the application's real
 * stores and PostgreSQL; what reaches the stores is recorded by a pass-through {@link Evidence}.
 */
@IntegrationTest
class EvidenceSyncIncrementalTest {

    private static final String TRANSCRIPT =
            """
            Interviewer: How do you manage the nights?

            Ana: I stay up with my father most nights, and then I go to work tired.

            Interviewer: Who helps you?

            Ana: Nobody really, my brother lives far away.

            Interviewer: And the days?

            Ana: The days are for work and for the pharmacy.
            """;

    @Autowired
    ApiClient api;

    @Autowired
    Evidence evidence;

    @Autowired
    VectorIndex index;

    @Autowired
    Embedder embedder;

    @Autowired
    CodingReader reader;

    @Autowired
    ProjectDirectory directory;

    @Autowired
    EvidencePushes pushes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SyncListener listener;

    @Autowired
    SyncReconciler reconciler;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSyncAfterChangesMadeThroughTheApiWritesNothing() {
        Project project = codedProject();
        Recording stores = new Recording(evidence);
        EvidenceSync sync = sync(stores);

        int first = sync.pushProject(project.id());
        int second = sync.pushProject(project.id());

        assertThat(first)
                .as("the coding was pushed, and recorded, when it was made")
                .isZero();
        assertThat(second).isZero();
        assertThat(stores.codings).isEmpty();
        assertThat(stores.batches).isEmpty();

        apply(project, project.participantFragments().get(2), "Pharmacy", 34, 42);
        int afterApiChange = sync.pushProject(project.id());

        assertThat(afterApiChange).isZero();
        assertThat(stores.codings).isEmpty();
        assertThat(stores.batches).isEmpty();
    }

    @Test
    void aChangeThatWasNotPushedIsPushedAloneAndOnlyOnce() {
        Project project = codedProject();
        Recording stores = new Recording(evidence);
        EvidenceSync sync = sync(stores);
        sync.pushProject(project.id());
        UUID nights = project.participantFragments().get(0);
        // as if the push after this change had failed: the database changes, the stores do not
        jdbc.update("DELETE FROM code_applications WHERE fragment_id = ?", nights);
        stores.clear();

        int pushed = sync.pushProject(project.id());

        assertThat(pushed).isEqualTo(1);
        assertThat(stores.codings).singleElement().satisfies(c -> {
            assertThat(c.fragmentId()).isEqualTo(nights);
            assertThat(c.codeIds()).isEmpty();
            assertThat(c.categoryIds()).isEmpty();
        });
        assertThat(stores.batches).singleElement().satisfies(b -> {
            assertThat(b.fragmentCodes()).containsExactly(new GraphBatch.FragmentCodes(nights, java.util.Set.of()));
            assertThat(b.codes()).as("the codebook did not change").isEmpty();
        });
        stores.clear();
        assertThat(sync.pushProject(project.id())).isZero();
        assertThat(stores.codings).isEmpty();
    }

    @Test
    void aRestartedGraphGetsTheWholeProjectAndTheIndexNothing() {
        Project project = codedProject();
        sync(new Recording(evidence)).pushProject(project.id());
        InProcessEvidenceGraph restarted = new InProcessEvidenceGraph();
        Recording stores =
                new Recording(new EvidenceService(embedder, index, restarted, new Retrier(1, Duration.ZERO), 16));

        int pushed = sync(stores).pushProject(project.id());

        assertThat(pushed).as("the coded fragments").isEqualTo(2);
        assertThat(stores.codings).as("the index kept its generation").isEmpty();
        assertThat(stores.batches).singleElement().satisfies(b -> {
            assertThat(b.codes()).hasSize(2);
            assertThat(b.interviews()).hasSize(1);
        });
        NetworkMetrics metrics = restarted.metrics(project.id());
        assertThat(metrics.counts().codes()).isEqualTo(2);
        assertThat(metrics.counts().fragments()).as("the coded fragments").isEqualTo(2);
    }

    @Test
    void withoutARecordTheNextSyncPushesEveryCodedFragment() {
        Project project = codedProject();
        Recording stores = new Recording(evidence);
        EvidenceSync sync = sync(stores);
        sync.pushProject(project.id());

        // as after rolling the table back: nothing is known about earlier pushes
        jdbc.update("DELETE FROM evidence_pushes WHERE project_id = ?", project.id());
        jdbc.update("DELETE FROM evidence_pushed_fragments WHERE project_id = ?", project.id());
        stores.clear();
        int pushed = sync.pushProject(project.id());

        assertThat(pushed).isEqualTo(2);
        assertThat(stores.codings)
                .allSatisfy(c -> assertThat(c.codeIds()).hasSize(1))
                .extracting(FragmentCoding::fragmentId)
                .containsExactlyInAnyOrder(
                        project.participantFragments().get(0),
                        project.participantFragments().get(1));
    }

    @Test
    void aChangeWhosePushDiedWithTheProcessReachesTheStoresAfterARestart() {
        Project project = codedProject();
        UUID nights = project.participantFragments().get(0);
        assertThat(pendingChanges(project))
                .as("the pushes after the API changes succeeded")
                .isZero();

        // what a process that died between the commit and its after-commit push leaves behind: the change and,
        // written with it by the evidence module, its record; the stores still hold the old coding
        transactions.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM code_applications WHERE fragment_id = ?", nights);
            listener.recordCodingChanged(CodingChanged.of(project.id(), List.of(nights)));
        });
        assertThat(pushes.fragments(project.id())).containsKey(nights);
        jdbc.update(
                "UPDATE evidence_coding_sync SET updated_at = now() - interval '1 day' WHERE project_id = ?",
                project.id());

        // after the restart: the reconciler finds the record
        assertThat(reconciler.reconcile()).isPositive();

        assertThat(pushes.fragments(project.id()))
                .as("pushed as uncoded")
                .doesNotContainKey(nights)
                .containsKey(project.participantFragments().get(1));
        assertThat(pendingChanges(project)).isZero();
        Recording stores = new Recording(evidence);
        assertThat(sync(stores).pushProject(project.id()))
                .as("nothing is left for graph_sync")
                .isZero();
    }

    private int pendingChanges(Project project) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM evidence_coding_sync WHERE project_id = ?", Integer.class, project.id());
    }

    private EvidenceSync sync(Evidence stores) {
        return new EvidenceSync(stores, reader, directory, pushes, events);
    }

    private record Project(UUID id, String token, List<UUID> participantFragments) {}

    /**
     * A project with one interview of six fragments, two of them coded by a person through the API (each change
     * pushed by the application's own sync when it is made).
     */
    private Project codedProject() {
        String token = api.newUserToken();
        String projectId = api.createProject(token, Map.of("name", "Pushes", "language", "en"))
                .get("id")
                .asText();
        String interview = TranscriptUploads.upload(api, token, projectId, "ana.txt", TRANSCRIPT);
        List<UUID> ana = new ArrayList<>();
        json(token, "GET", "/api/interviews/" + interview + "/fragments?size=100", null, 200)
                .get("items")
                .forEach(f -> {
                    if ("Ana".equals(f.get("speaker").asText())) {
                        ana.add(UUID.fromString(f.get("id").asText()));
                    }
                });
        Project project = new Project(UUID.fromString(projectId), token, ana);
        apply(project, ana.get(0), "Night care", 0, 9);
        apply(project, ana.get(1), "No help", 0, 13);
        return project;
    }

    private void apply(Project project, UUID fragment, String label, int start, int end) {
        json(
                project.token(),
                "POST",
                "/api/fragments/" + fragment + "/codes",
                Map.of("label", label, "quote_start", start, "quote_end", end),
                201);
    }

    private JsonNode json(String token, String method, String uri, Object body, int status) {
        var request = api.http()
                .method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        var exchange = body == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange();
        return exchange.expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    /** Passes every call to the real stores and records the coding and graph writes. */
    private static final class Recording implements Evidence {
        private final Evidence stores;
        final List<FragmentCoding> codings = new ArrayList<>();
        final List<GraphBatch> batches = new ArrayList<>();

        Recording(Evidence stores) {
            this.stores = stores;
        }

        void clear() {
            codings.clear();
            batches.clear();
        }

        @Override
        public void updateCoding(UUID projectId, List<FragmentCoding> list) {
            codings.addAll(list);
            stores.updateCoding(projectId, list);
        }

        @Override
        public void syncGraph(GraphBatch batch) {
            batches.add(batch);
            stores.syncGraph(batch);
        }

        @Override
        public Generations generations() {
            return stores.generations();
        }

        @Override
        public void index(List<IndexedFragment> list) {
            stores.index(list);
        }

        @Override
        public void deleteInterview(UUID projectId, UUID interviewId) {
            stores.deleteInterview(projectId, interviewId);
        }

        @Override
        public void deleteProject(UUID projectId) {
            stores.deleteProject(projectId);
        }

        @Override
        public void resync(ProjectSnapshot snapshot) {
            stores.resync(snapshot);
        }

        @Override
        public EvidenceResult<List<ScoredFragment>> search(SearchQuery query) {
            return stores.search(query);
        }

        @Override
        public EvidenceResult<Map<UUID, List<ScoredFragment>>> categoryEvidence(
                UUID projectId, List<CategoryProbe> categories, int topK) {
            return stores.categoryEvidence(projectId, categories, topK);
        }

        @Override
        public EvidenceResult<NetworkMetrics> metrics(UUID projectId) {
            return stores.metrics(projectId);
        }
    }
}
