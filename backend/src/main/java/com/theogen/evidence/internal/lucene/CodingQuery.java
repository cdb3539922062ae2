package com.theogen.evidence.internal.lucene;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Fragments whose coding (see {@link LuceneDocuments#CODING}) holds a code or a category. The coding lives in doc
 * values so that recoding a fragment rewrites a few bytes instead of re-indexing its vector; this query checks it
 * only on the documents the other filters (the project term, at least) let through.
 */
final class CodingQuery extends Query {

    private final boolean category;
    private final UUID id;

    private CodingQuery(boolean category, UUID id) {
        this.category = category;
        this.id = Objects.requireNonNull(id);
    }

    static CodingQuery code(UUID codeId) {
        return new CodingQuery(false, codeId);
    }

    static CodingQuery category(UUID categoryId) {
        return new CodingQuery(true, categoryId);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                BinaryDocValues values = context.reader().getBinaryDocValues(LuceneDocuments.CODING);
                if (values == null) {
                    return null;
                }
                TwoPhaseIterator matching = new TwoPhaseIterator(values) {
                    @Override
                    public boolean matches() throws IOException {
                        return LuceneDocuments.holds(values.binaryValue(), category, id);
                    }

                    @Override
                    public float matchCost() {
                        return 16;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, matching);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, LuceneDocuments.CODING);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(LuceneDocuments.CODING)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return (category ? "category:" : "code:") + id;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && category == ((CodingQuery) other).category && id.equals(((CodingQuery) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), category, id);
    }
}
