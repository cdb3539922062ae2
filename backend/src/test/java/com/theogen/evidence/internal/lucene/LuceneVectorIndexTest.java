package com.theogen.evidence.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.EmbeddedFragment;
import com.theogen.evidence.Embedder;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.TestEmbedders;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.VectorIndexContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexTest extends VectorIndexContract {

    @TempDir
    Path dir;

    private final List<LuceneVectorIndex> opened = new ArrayList<>();

    @Override
    protected VectorIndex newIndex(int dimension) {
        return open(dir.resolve("index"), dimension, "all-minilm-l6-v2-q");
    }

    private LuceneVectorIndex open(Path path, int dimension, String model) {
        LuceneVectorIndex lucene = new LuceneVectorIndex(path, dimension, model);
        opened.add(lucene);
        return lucene;
    }

    @AfterEach
    void closeIndexes() throws Exception {
        for (LuceneVectorIndex lucene : opened) {
            lucene.close();
        }
    }

    @Test
    void bm25FindsASpanishFragmentByItsWordsWhenEmbeddingsCarryNoMeaning() throws Exception {
        Embedder blind = TestEmbedders.blind(32, 7);
        LuceneVectorIndex lexicalOnly = open(dir.resolve("blind"), 32, "blind");
        List<IndexedFragment> fragments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fragments.add(spanish("Fragmento de relleno número " + i + " sobre el mercado y los precios."));
        }
        IndexedFragment target = spanish("Las madres cuidadoras no tienen descanso ni apoyo del centro de salud.");
        fragments.add(17, target);
        List<float[]> vectors =
                blind.embedAll(fragments.stream().map(IndexedFragment::text).toList());
        List<EmbeddedFragment> points = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            points.add(new EmbeddedFragment(fragments.get(i), vectors.get(i)));
        }
        lexicalOnly.upsert(points);

        // inflected forms: the Spanish stemmer maps "madre"/"madres" and "cuidadora"/"cuidadoras" together
        List<ScoredFragment> hits = lexicalOnly.search(
                SearchQuery.of(project, "¿Qué apoyo recibe una madre cuidadora?", 3), blind.embed("q"));

        assertThat(hits.get(0).fragment().fragmentId()).isEqualTo(target.fragmentId());
        assertThat(hits.get(0).lexicalMatch()).isTrue();
    }

    @Test
    void englishWordsAreStemmedInEnglishFragments() {
        IndexedFragment f = english("Caregivers described waiting for hours at clinics.");
        put(f);

        ScoredFragment hit =
                search(SearchQuery.of(project, "caregiver waits clinic", 1)).get(0);

        assertThat(hit.lexicalMatch()).isTrue();
        assertThat(hit.highlights()).hasSize(3);
    }

    @Test
    void keepsFragmentsAcrossReopening() throws Exception {
        IndexedFragment f = english("Persisted fragment.");
        put(f);
        String generation = index.generation();
        ((LuceneVectorIndex) index).close();
        opened.remove(index);

        VectorIndex reopened = open(dir.resolve("index"), embedder.dimension(), "all-minilm-l6-v2-q");

        assertThat(reopened.count(project)).isEqualTo(1);
        assertThat(reopened.generation()).as("nothing was lost").isEqualTo(generation);
    }

    @Test
    void startsEmptyWhenTheEmbeddingModelChanged() throws Exception {
        put(english("Embedded with the old model."));
        String generation = index.generation();
        ((LuceneVectorIndex) index).close();
        opened.remove(index);

        LuceneVectorIndex reopened = open(dir.resolve("index"), embedder.dimension(), "another-model");

        assertThat(reopened.generation()).as("what was pushed to it is gone").isNotEqualTo(generation);
        assertThat(reopened.count(project)).isZero();
        assertThat(reopened.recreated()).isTrue(); // the sync reconciler then queues every interview again
        assertThat(((LuceneVectorIndex) index).recreated()).isFalse();
    }

    @Test
    void anIndexOfTheEarlierLayoutIsRecreatedToBeIndexedAgain() throws Exception {
        Path old = dir.resolve("old-layout");
        // an index as the version before ADR 042 left it: model and dimension recorded, no layout
        try (FSDirectory directory = FSDirectory.open(old);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("project_id", project.toString(), Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("embedding_model", "all-minilm-l6-v2-q", "dimension", "8")
                    .entrySet());
            writer.commit();
        }

        LuceneVectorIndex reopened = open(old, 8, "all-minilm-l6-v2-q");

        assertThat(reopened.recreated()).isTrue();
        assertThat(reopened.count(project)).isZero();
    }

    @Test
    void aLexicalMatchSurvivesTheSimilarityThreshold() {
        IndexedFragment f = spanish("La cooperativa de café quebró en 2019.");
        put(f);

        List<ScoredFragment> hits =
                search(SearchQuery.of(project, "cooperativa", 5).withMinSimilarity(0.99));

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.lexicalMatch()).isTrue();
            assertThat(h.similarity()).isLessThan(0.99);
        });
        assertThat(search(SearchQuery.of(project, "bankrupt", 5).withMinSimilarity(0.99)))
                .isEmpty();
    }
}
