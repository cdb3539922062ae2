package com.theogen.evidence.internal.lucene;

import com.theogen.evidence.IndexedFragment;
import com.theogen.shared.Language;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** How a fragment is laid out as a Lucene document, and read back. */
final class LuceneDocuments {

    static final String FRAGMENT_ID = "fragment_id";
    static final String PROJECT_ID = "project_id";
    static final String INTERVIEW_ID = "interview_id";
    static final String SPEAKER = "speaker";
    static final String LANGUAGE = "language";
    static final String CODE_ID = "code_id";
    static final String CATEGORY_ID = "category_id";
    static final String TEXT = "text";
    static final String VECTOR = "vector";

    private LuceneDocuments() {}

    /** The analysed text field of a language: each document has exactly one, analysed in its language. */
    static String textField(Language language) {
        return "text_" + language.code();
    }

    /** Vectors are stored unit-length, so DOT_PRODUCT is cosine and cheaper to compute. */
    static Document toDocument(IndexedFragment fragment, float[] unitVector) {
        Document doc = new Document();
        doc.add(new StringField(FRAGMENT_ID, fragment.fragmentId().toString(), Field.Store.YES));
        doc.add(new StringField(PROJECT_ID, fragment.projectId().toString(), Field.Store.YES));
        doc.add(new StringField(INTERVIEW_ID, fragment.interviewId().toString(), Field.Store.YES));
        if (fragment.speaker() != null) {
            doc.add(new StringField(SPEAKER, fragment.speaker(), Field.Store.YES));
        }
        doc.add(new StringField(LANGUAGE, fragment.language().code(), Field.Store.YES));
        fragment.codeIds().forEach(id -> doc.add(new StringField(CODE_ID, id.toString(), Field.Store.YES)));
        fragment.categoryIds().forEach(id -> doc.add(new StringField(CATEGORY_ID, id.toString(), Field.Store.YES)));
        doc.add(new StoredField(TEXT, fragment.text()));
        doc.add(new TextField(textField(fragment.language()), fragment.text(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, unitVector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    static IndexedFragment toFragment(Document doc) {
        return new IndexedFragment(
                UUID.fromString(doc.get(PROJECT_ID)),
                UUID.fromString(doc.get(INTERVIEW_ID)),
                UUID.fromString(doc.get(FRAGMENT_ID)),
                doc.get(SPEAKER),
                Language.fromCode(doc.get(LANGUAGE)),
                doc.get(TEXT),
                uuids(doc.getValues(CODE_ID)),
                uuids(doc.getValues(CATEGORY_ID)));
    }

    private static List<UUID> uuids(String[] values) {
        return Arrays.stream(values).map(UUID::fromString).toList();
    }
}
