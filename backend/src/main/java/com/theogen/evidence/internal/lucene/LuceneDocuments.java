package com.theogen.evidence.internal.lucene;

import com.theogen.evidence.IndexedFragment;
import com.theogen.shared.Language;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** How a fragment is laid out as a Lucene document, and read back. */
final class LuceneDocuments {

    static final String FRAGMENT_ID = "fragment_id";
    static final String PROJECT_ID = "project_id";
    static final String INTERVIEW_ID = "interview_id";
    static final String SPEAKER = "speaker";
    static final String LANGUAGE = "language";
    /**
     * The fragment's code and category ids, in binary doc values (see {@link #coding}): updated in place when the
     * coding changes, without re-indexing the document and its vector. Filtered with {@link CodingQuery}.
     */
    static final String CODING = "coding";

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
        doc.add(new BinaryDocValuesField(CODING, coding(fragment.codeIds(), fragment.categoryIds())));
        doc.add(new StoredField(TEXT, fragment.text()));
        doc.add(new TextField(textField(fragment.language()), fragment.text(), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, unitVector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /** {@code [number of codes: 2 bytes][code ids: 16 bytes each][category ids: 16 bytes each]}. */
    static BytesRef coding(List<UUID> codeIds, List<UUID> categoryIds) {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 16 * (codeIds.size() + categoryIds.size()));
        bytes.putShort((short) codeIds.size());
        codeIds.forEach(id -> bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
        categoryIds.forEach(id -> bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
        return new BytesRef(bytes.array());
    }

    /** Whether a coding holds this code (or, with {@code category}, this category). */
    static boolean holds(BytesRef coding, boolean category, UUID id) {
        ByteBuffer bytes = ByteBuffer.wrap(coding.bytes, coding.offset, coding.length);
        int codes = bytes.getShort() & 0xFFFF;
        int first = category ? codes : 0;
        int end = category ? (coding.length - 2) / 16 : codes;
        for (int i = first; i < end; i++) {
            int at = coding.offset + 2 + 16 * i;
            if (bytes.getLong(at) == id.getMostSignificantBits()
                    && bytes.getLong(at + 8) == id.getLeastSignificantBits()) {
                return true;
            }
        }
        return false;
    }

    static IndexedFragment toFragment(Document doc, BytesRef coding) {
        ByteBuffer bytes = ByteBuffer.wrap(coding.bytes, coding.offset, coding.length);
        int codes = bytes.getShort() & 0xFFFF;
        List<UUID> codeIds = new ArrayList<>();
        List<UUID> categoryIds = new ArrayList<>();
        for (int i = 0; i < (coding.length - 2) / 16; i++) {
            (i < codes ? codeIds : categoryIds).add(new UUID(bytes.getLong(), bytes.getLong()));
        }
        return new IndexedFragment(
                UUID.fromString(doc.get(PROJECT_ID)),
                UUID.fromString(doc.get(INTERVIEW_ID)),
                UUID.fromString(doc.get(FRAGMENT_ID)),
                doc.get(SPEAKER),
                Language.fromCode(doc.get(LANGUAGE)),
                doc.get(TEXT),
                codeIds,
                categoryIds);
    }
}
