package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link VectorIndex} contract, run against every adapter: each adapter's test extends this class and
 * supplies a fresh, empty index. Texts are embedded with the real ONNX model.
 */
public abstract class VectorIndexContract {

    protected final Embedder embedder = TestEmbedders.onnx();
    protected final UUID project = UUID.randomUUID();
    protected final UUID interview = UUID.randomUUID();
    protected VectorIndex index;

    /** A fresh, empty index for {@code dimension}-long vectors. */
    protected abstract VectorIndex newIndex(int dimension) throws Exception;

    @BeforeEach
    void openIndex() throws Exception {
        index = newIndex(embedder.dimension());
    }

    protected IndexedFragment fragment(
            UUID projectId, UUID interviewId, String speaker, Language language, String text) {
        return new IndexedFragment(
                projectId, interviewId, UUID.randomUUID(), speaker, language, text, List.of(), List.of());
    }

    protected IndexedFragment english(String text) {
        return fragment(project, interview, "P1", Language.EN, text);
    }

    protected IndexedFragment spanish(String text) {
        return fragment(project, interview, "P1", Language.ES, text);
    }

    protected void put(IndexedFragment... fragments) {
        List<EmbeddedFragment> points = new ArrayList<>();
        List<float[]> vectors = embedder.embedAll(
                List.of(fragments).stream().map(IndexedFragment::text).toList());
        for (int i = 0; i < fragments.length; i++) {
            points.add(new EmbeddedFragment(fragments[i], vectors.get(i)));
        }
        index.upsert(points);
    }

    protected List<ScoredFragment> search(SearchQuery query) {
        return index.search(query, embedder.embed(query.text()));
    }

    protected static List<UUID> ids(List<ScoredFragment> hits) {
        return hits.stream().map(h -> h.fragment().fragmentId()).toList();
    }

    private IndexedFragment[] corpus() {
        return new IndexedFragment[] {
            english("My mother's illness meant I had to quit my job to care for her."),
            english("The bus to the clinic only runs twice a day, so we miss appointments."),
            english("Our football team won the regional tournament last summer."),
            spanish("Cuidar a mi madre enferma me obligó a dejar el trabajo."),
            spanish("El autobús a la clínica pasa solo dos veces al día y perdemos las citas."),
            spanish("Las recetas de cocina de mi abuela son un tesoro familiar.")
        };
    }

    @Test
    void upsertingTheSameFragmentAgainReplacesIt() {
        IndexedFragment first = english("We waited months for a diagnosis.");
        put(first);
        IndexedFragment changed = new IndexedFragment(
                project,
                interview,
                first.fragmentId(),
                "P2",
                Language.EN,
                "We waited a year for a diagnosis.",
                List.of(),
                List.of());
        put(changed);
        put(changed);

        assertThat(index.count(project)).isEqualTo(1);
        List<ScoredFragment> hits = search(SearchQuery.of(project, "diagnosis delay", 5));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.fragment().text()).isEqualTo("We waited a year for a diagnosis.");
            assertThat(hit.fragment().speaker()).isEqualTo("P2");
        });
    }

    @Test
    void searchesOnlyTheQueriedProject() {
        UUID otherProject = UUID.randomUUID();
        IndexedFragment mine = english("Nurses visit the village once a week.");
        IndexedFragment theirs =
                fragment(otherProject, UUID.randomUUID(), "P1", Language.EN, "Nurses visit the village once a week.");
        put(mine, theirs);

        assertThat(ids(search(SearchQuery.of(project, "nurse visits", 10)))).containsExactly(mine.fragmentId());
        assertThat(ids(search(SearchQuery.of(otherProject, "nurse visits", 10))))
                .containsExactly(theirs.fragmentId());
        assertThat(index.count(project)).isEqualTo(1);
    }

    @Test
    void filtersBySpeakerInterviewCodeAndCategory() {
        UUID code = UUID.randomUUID();
        UUID category = UUID.randomUUID();
        UUID otherInterview = UUID.randomUUID();
        IndexedFragment coded = new IndexedFragment(
                project,
                interview,
                UUID.randomUUID(),
                "Ana",
                Language.EN,
                "Money for medicine runs out at the end of the month.",
                List.of(code),
                List.of(category));
        IndexedFragment otherSpeaker =
                fragment(project, interview, "Luis", Language.EN, "Money for medicine is never enough.");
        IndexedFragment otherInterviewFragment =
                fragment(project, otherInterview, "Ana", Language.EN, "Medicine costs too much money.");
        put(coded, otherSpeaker, otherInterviewFragment);
        SearchQuery query = SearchQuery.of(project, "money for medicine", 10);

        assertThat(ids(search(query))).hasSize(3);
        assertThat(ids(search(query.withSpeaker("Ana"))))
                .containsExactlyInAnyOrder(coded.fragmentId(), otherInterviewFragment.fragmentId());
        assertThat(ids(search(query.withInterview(otherInterview))))
                .containsExactly(otherInterviewFragment.fragmentId());
        assertThat(ids(search(query.withCode(code)))).containsExactly(coded.fragmentId());
        assertThat(ids(search(query.withCategory(category)))).containsExactly(coded.fragmentId());
        assertThat(ids(search(query.withCategory(category).withSpeaker("Luis"))))
                .isEmpty();
    }

    @Test
    void updatingCodingMovesAFragmentBetweenCategories() {
        UUID oldCategory = UUID.randomUUID();
        UUID newCategory = UUID.randomUUID();
        UUID newCode = UUID.randomUUID();
        IndexedFragment f = new IndexedFragment(
                project,
                interview,
                UUID.randomUUID(),
                "P1",
                Language.EN,
                "The school closed after the flood.",
                List.of(UUID.randomUUID()),
                List.of(oldCategory));
        put(f);

        index.updateCoding(
                project, List.of(new FragmentCoding(f.fragmentId(), List.of(newCode), List.of(newCategory))));

        SearchQuery query = SearchQuery.of(project, "school closure", 5);
        assertThat(search(query.withCategory(oldCategory))).isEmpty();
        assertThat(search(query.withCategory(newCategory))).singleElement().satisfies(hit -> {
            assertThat(hit.fragment().codeIds()).containsExactly(newCode);
            assertThat(hit.fragment().text()).isEqualTo(f.text());
        });
    }

    @Test
    void deletesByFragmentInterviewAndProject() {
        UUID otherInterview = UUID.randomUUID();
        IndexedFragment a = english("First fragment about housing.");
        IndexedFragment b = english("Second fragment about housing.");
        IndexedFragment c = fragment(project, otherInterview, "P1", Language.EN, "Third fragment about housing.");
        IndexedFragment d = fragment(project, otherInterview, "P1", Language.EN, "Fourth fragment about housing.");
        put(a, b, c, d);

        index.deleteFragments(project, List.of(a.fragmentId(), UUID.randomUUID()));
        assertThat(index.count(project)).isEqualTo(3);
        index.deleteInterview(project, otherInterview);
        assertThat(ids(search(SearchQuery.of(project, "housing", 10)))).containsExactly(b.fragmentId());
        index.deleteProject(project);
        assertThat(index.count(project)).isZero();
        index.deleteProject(project);
    }

    @Test
    void scoreThresholdDropsDissimilarFragments() {
        IndexedFragment related = english("Losing my job made it impossible to pay the rent.");
        IndexedFragment unrelated = english("Volcanoes erupt when magma rises through the crust.");
        put(related, unrelated);

        List<ScoredFragment> all = search(SearchQuery.of(project, "I lost my job and could not pay rent", 10));
        List<ScoredFragment> similar = search(SearchQuery.of(project, "I lost my job and could not pay rent", 10)
                .withMinSimilarity(0.5));

        assertThat(ids(all)).containsExactlyInAnyOrder(related.fragmentId(), unrelated.fragmentId());
        assertThat(ids(similar)).containsExactly(related.fragmentId());
        assertThat(similar.get(0).similarity()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void returnsAtMostTopKBestFirst() {
        put(corpus());

        List<ScoredFragment> hits = search(SearchQuery.of(project, "the bus to the clinic and missed appointments", 3));

        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).fragment().text()).startsWith("The bus to the clinic");
        assertThat(hits).extracting(ScoredFragment::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void findsTheEnglishFragmentForAnEnglishQuery() {
        put(corpus());

        List<ScoredFragment> hits = search(SearchQuery.of(project, "quit work to look after a sick mother", 2));

        assertThat(hits.get(0).fragment().text()).startsWith("My mother's illness");
    }

    @Test
    void findsTheSpanishFragmentForASpanishQuery() {
        put(corpus());

        List<ScoredFragment> hits = search(SearchQuery.of(project, "dejé el trabajo para cuidar a mi madre", 2));

        assertThat(hits.get(0).fragment().text()).startsWith("Cuidar a mi madre");
    }

    @Test
    void highlightsTheQueryWordsInTheFragment() {
        IndexedFragment f = spanish("Las madres cuidadoras no tienen descanso.");
        put(f);

        ScoredFragment hit =
                search(SearchQuery.of(project, "madre cuidadora", 1)).get(0);

        List<String> marked = hit.highlights().stream()
                .map(h -> f.text().substring(h.start(), h.end()))
                .toList();
        assertThat(marked).containsExactly("madres", "cuidadoras");
    }

    @Test
    void rejectsVectorsOfTheWrongDimension() {
        IndexedFragment good = english("A fine vector.");
        IndexedFragment f = english("Short vector.");
        EmbeddedFragment fine = new EmbeddedFragment(good, embedder.embed(good.text()));
        assertThatThrownBy(() -> index.upsert(List.of(fine, new EmbeddedFragment(f, new float[3]))))
                .isInstanceOf(IllegalArgumentException.class);
        put(english("Written after the rejected batch."));
        assertThat(index.count(project)).as("a rejected batch writes nothing").isEqualTo(1);
        assertThatThrownBy(() -> index.search(SearchQuery.of(project, "x", 1), new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyWritesAreNoOpsAndAnUnknownProjectIsEmpty() {
        index.upsert(List.of());
        index.updateCoding(project, List.of());
        index.deleteFragments(project, Set.of());

        assertThat(index.count(project)).isZero();
        assertThat(search(SearchQuery.of(project, "anything", 5))).isEmpty();
        index.ping();
    }
}
