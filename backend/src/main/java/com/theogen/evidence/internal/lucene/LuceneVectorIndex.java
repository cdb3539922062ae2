package com.theogen.evidence.internal.lucene;

import static com.theogen.evidence.internal.lucene.LuceneDocuments.FRAGMENT_ID;
import static com.theogen.evidence.internal.lucene.LuceneDocuments.INTERVIEW_ID;
import static com.theogen.evidence.internal.lucene.LuceneDocuments.PROJECT_ID;

import com.theogen.evidence.EmbeddedFragment;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.internal.VectorMath;
import com.theogen.evidence.internal.text.LanguageAnalysis;
import com.theogen.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded vector index: one Lucene index on disk holding every project's fragments, with an HNSW vector
 * field and a BM25 text field analysed in the fragment's language (see {@link LuceneHybridSearch}).
 *
 * <p>Every write is committed and the searcher refreshed before the call returns (near-real-time), so writes
 * are durable and visible at once; {@link #stage} only adds to the writer, and {@link #flush} commits and refreshes
 * once for a whole bulk load. The index records the embedding model and dimension it was built with;
 * opened with another model it is recreated empty (it is derived data) and must be re-synced.
 */
public class LuceneVectorIndex implements VectorIndex, AutoCloseable {

    public static final String NAME = "lucene";
    /** Lucene 9 vector fields hold at most this many dimensions. */
    public static final int MAX_DIMENSION = 1024;

    private static final Logger log = LoggerFactory.getLogger(LuceneVectorIndex.class);
    private static final String MODEL_KEY = "embedding_model";
    private static final String DIMENSION_KEY = "dimension";
    private static final String GENERATION_KEY = "generation";
    /**
     * How documents are laid out; an index of another layout is recreated empty and re-indexed like one of another
     * model. 2: the coding in binary doc values (docs/adr/042); before it, in indexed string fields.
     */
    private static final String LAYOUT_KEY = "layout";

    private static final String LAYOUT = "2";

    private final int dimension;
    private final Path path;
    private final boolean deleteOnClose;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean recreated;
    private final String generation;

    public LuceneVectorIndex(Path path, int dimension, String modelId) {
        this(path, dimension, modelId, false);
    }

    /** @param deleteOnClose remove the index directory on {@link #close()} (ephemeral storage in tests) */
    public LuceneVectorIndex(Path path, int dimension, String modelId, boolean deleteOnClose) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("Lucene 9 vector fields support 1 to 1024 dimensions, not " + dimension);
        }
        this.dimension = dimension;
        this.path = path;
        this.deleteOnClose = deleteOnClose;
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            boolean compatible = isCompatible(directory, dimension, modelId);
            this.recreated = !compatible;
            String kept = compatible ? storedGeneration(directory) : null;
            this.generation = kept != null ? kept : NAME + ":" + UUID.randomUUID();
            IndexWriterConfig config = new IndexWriterConfig(analyzers())
                    .setOpenMode(
                            compatible
                                    ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                                    : IndexWriterConfig.OpenMode.CREATE);
            this.writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(
                            MODEL_KEY,
                            modelId,
                            DIMENSION_KEY,
                            Integer.toString(dimension),
                            GENERATION_KEY,
                            generation,
                            LAYOUT_KEY,
                            LAYOUT)
                    .entrySet());
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the Lucene index at " + path, e);
        }
    }

    /** Each language's text field is analysed in that language; the id fields are not analysed at all. */
    private static Analyzer analyzers() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            perField.put(LuceneDocuments.textField(language), LanguageAnalysis.analyzer(language));
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    private static boolean isCompatible(Directory directory, int dimension, String modelId) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            boolean same = modelId.equals(data.get(MODEL_KEY))
                    && Integer.toString(dimension).equals(data.get(DIMENSION_KEY))
                    && LAYOUT.equals(data.get(LAYOUT_KEY));
            if (!same) {
                log.warn(
                        "Lucene index was built with model {} ({} dimensions, layout {}); recreating it empty for {}"
                                + " ({}, layout {}): every interview is indexed again",
                        data.get(MODEL_KEY),
                        data.get(DIMENSION_KEY),
                        data.get(LAYOUT_KEY),
                        modelId,
                        dimension,
                        LAYOUT);
            }
            return same;
        }
    }

    /** The generation an existing index was created with; null for a new directory or an index from before it. */
    private static String storedGeneration(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData().get(GENERATION_KEY);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Created with the index and kept in its commit data: new when the index is created or recreated empty. */
    @Override
    public String generation() {
        return generation;
    }

    /**
     * Whether opening found an index built with another embedding model or dimension and recreated it empty:
     * everything must be indexed again.
     */
    public boolean recreated() {
        return recreated;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<EmbeddedFragment> fragments) {
        if (fragments.isEmpty()) {
            return;
        }
        // validate first: a rejected batch must leave nothing half-written for the next commit
        fragments.forEach(f -> VectorMath.requireDimension(f.vector(), dimension));
        write(() -> add(fragments));
    }

    /** Adds to the writer only: no commit (an fsync of every new file) and no searcher refresh per batch. */
    @Override
    public void stage(List<EmbeddedFragment> fragments) {
        if (fragments.isEmpty()) {
            return;
        }
        fragments.forEach(f -> VectorMath.requireDimension(f.vector(), dimension));
        try {
            add(fragments);
        } catch (IOException | RuntimeException e) {
            throw EvidenceSourceException.failed(NAME, "writing to the Lucene index failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        write(() -> {});
    }

    private void add(List<EmbeddedFragment> fragments) throws IOException {
        for (EmbeddedFragment f : fragments) {
            writer.updateDocument(
                    new Term(FRAGMENT_ID, f.fragment().fragmentId().toString()),
                    LuceneDocuments.toDocument(f.fragment(), VectorMath.normalized(f.vector())));
        }
    }

    /**
     * Rewrites the coding doc values of each fragment in place (no re-indexing of its text or vector). A fragment not
     * in the index matches no document, so nothing is written for it; fragment ids are unique across projects.
     */
    @Override
    public void updateCoding(UUID projectId, List<FragmentCoding> codings) {
        if (codings.isEmpty()) {
            return;
        }
        write(() -> {
            if (!writer.getFieldNames().contains(LuceneDocuments.CODING)) {
                return; // nothing indexed yet
            }
            for (FragmentCoding coding : codings) {
                writer.updateBinaryDocValue(
                        new Term(FRAGMENT_ID, coding.fragmentId().toString()),
                        LuceneDocuments.CODING,
                        LuceneDocuments.coding(coding.codeIds(), coding.categoryIds()));
            }
        });
    }

    @Override
    public void deleteFragments(UUID projectId, Collection<UUID> fragmentIds) {
        if (fragmentIds.isEmpty()) {
            return;
        }
        write(() -> {
            for (UUID id : fragmentIds) {
                writer.deleteDocuments(both(PROJECT_ID, projectId, FRAGMENT_ID, id));
            }
        });
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) {
        write(() -> writer.deleteDocuments(both(PROJECT_ID, projectId, INTERVIEW_ID, interviewId)));
    }

    @Override
    public void deleteProject(UUID projectId) {
        write(() -> writer.deleteDocuments(new Term(PROJECT_ID, projectId.toString())));
    }

    @Override
    public List<ScoredFragment> search(SearchQuery query, float[] queryVector) {
        VectorMath.requireDimension(queryVector, dimension);
        return read(searcher -> LuceneHybridSearch.search(searcher, query, VectorMath.normalized(queryVector)));
    }

    @Override
    public long count(UUID projectId) {
        return read(searcher -> (long) searcher.count(new TermQuery(new Term(PROJECT_ID, projectId.toString()))));
    }

    @Override
    public void ping() {
        if (!writer.isOpen()) {
            throw EvidenceSourceException.failed(NAME, "the Lucene index is closed", writer.getTragicException());
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        if (deleteOnClose) {
            FileSystemUtils.deleteRecursively(path);
        }
    }

    private static Query both(String field1, UUID value1, String field2, UUID value2) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field1, value1.toString())), Occur.FILTER)
                .add(new TermQuery(new Term(field2, value2.toString())), Occur.FILTER)
                .build();
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    private interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(IndexWork work) {
        try {
            work.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw EvidenceSourceException.failed(NAME, "writing to the Lucene index failed: " + e.getMessage(), e);
        }
    }

    private <T> T read(SearchWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw EvidenceSourceException.failed(NAME, "reading the Lucene index failed: " + e.getMessage(), e);
        }
    }
}
