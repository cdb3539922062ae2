package com.theogen.evidence.internal.lucene;

import static com.theogen.evidence.internal.lucene.LuceneDocuments.INTERVIEW_ID;
import static com.theogen.evidence.internal.lucene.LuceneDocuments.PROJECT_ID;
import static com.theogen.evidence.internal.lucene.LuceneDocuments.SPEAKER;
import static com.theogen.evidence.internal.lucene.LuceneDocuments.VECTOR;

import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.internal.VectorMath;
import com.theogen.evidence.internal.text.LanguageAnalysis;
import com.theogen.shared.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * Hybrid search over one searcher: a filtered HNSW k-NN query and a filtered BM25 query over the
 * language-analysed text fields, fused by {@link ReciprocalRankFusion}. The lexical part is what makes a
 * Spanish query find Spanish fragments even though the default embedding model was trained on English.
 */
final class LuceneHybridSearch {

    /** Each list contributes this many candidates (at least) to the fusion. */
    private static final int MIN_CANDIDATES = 50;

    private LuceneHybridSearch() {}

    record StoredFragment(IndexedFragment fragment, float[] vector) {}

    static List<ScoredFragment> search(IndexSearcher searcher, SearchQuery query, float[] unitQuery)
            throws IOException {
        Query filter = filter(query);
        int candidates = Math.max(MIN_CANDIDATES, query.topK() * 4);

        List<Integer> semantic = new ArrayList<>();
        TopDocs dense = searcher.search(new KnnFloatVectorQuery(VECTOR, unitQuery, candidates, filter), candidates);
        for (ScoreDoc hit : dense.scoreDocs) {
            // DOT_PRODUCT scores are (1 + cosine) / 2 for unit vectors.
            if (2.0 * hit.score - 1.0 >= query.minSimilarity()) {
                semantic.add(hit.doc);
            }
        }

        List<Integer> lexical = new ArrayList<>();
        Query words = lexicalQuery(query.text());
        if (words != null) {
            Query filtered = new BooleanQuery.Builder()
                    .add(filter, Occur.FILTER)
                    .add(words, Occur.MUST)
                    .build();
            for (ScoreDoc hit : searcher.search(filtered, candidates).scoreDocs) {
                lexical.add(hit.doc);
            }
        }

        Set<Integer> lexicalDocs = new HashSet<>(lexical);
        List<ScoredFragment> results = new ArrayList<>();
        for (Map.Entry<Integer, Double> fused : ReciprocalRankFusion.fuse(semantic, lexical)) {
            if (results.size() == query.topK()) {
                break;
            }
            StoredFragment stored = load(searcher, fused.getKey());
            IndexedFragment fragment = stored.fragment();
            results.add(new ScoredFragment(
                    fragment,
                    fused.getValue(),
                    VectorMath.cosine(unitQuery, stored.vector()),
                    lexicalDocs.contains(fused.getKey()),
                    LanguageAnalysis.highlights(fragment.language(), fragment.text(), query.text())));
        }
        return results;
    }

    private static StoredFragment load(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int target = doc - leaf.docBase;
        BinaryDocValues coding = leaf.reader().getBinaryDocValues(LuceneDocuments.CODING);
        if (coding == null || !coding.advanceExact(target)) {
            throw new IllegalStateException("document " + doc + " has no coding");
        }
        IndexedFragment fragment =
                LuceneDocuments.toFragment(searcher.storedFields().document(doc), coding.binaryValue());
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(VECTOR);
        if (vectors == null || vectors.advance(target) != target) {
            throw new IllegalStateException("fragment " + fragment.fragmentId() + " has no vector");
        }
        return new StoredFragment(fragment, vectors.vectorValue().clone());
    }

    private static Query filter(SearchQuery query) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        filter.add(term(PROJECT_ID, query.projectId().toString()), Occur.FILTER);
        if (query.speaker() != null) {
            filter.add(term(SPEAKER, query.speaker()), Occur.FILTER);
        }
        if (query.categoryId() != null) {
            filter.add(CodingQuery.category(query.categoryId()), Occur.FILTER);
        }
        if (query.interviewId() != null) {
            filter.add(term(INTERVIEW_ID, query.interviewId().toString()), Occur.FILTER);
        }
        if (query.codeId() != null) {
            filter.add(CodingQuery.code(query.codeId()), Occur.FILTER);
        }
        return filter.build();
    }

    /**
     * The query's words against both language fields, each analysed with its own analyzer: a document has only
     * the field of its language, so BM25 statistics stay per language and the query needs no language tag.
     */
    private static Query lexicalQuery(String text) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean any = false;
        for (Language language : Language.values()) {
            Query part = new QueryBuilder(LanguageAnalysis.analyzer(language))
                    .createBooleanQuery(LuceneDocuments.textField(language), text);
            if (part != null) {
                words.add(part, Occur.SHOULD);
                any = true;
            }
        }
        return any ? words.build() : null;
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
