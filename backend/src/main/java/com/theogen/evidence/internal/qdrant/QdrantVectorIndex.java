package com.theogen.evidence.internal.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;

import com.theogen.evidence.EmbeddedFragment;
import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.internal.VectorMath;
import com.theogen.evidence.internal.text.LanguageAnalysis;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The production vector index: one Qdrant collection per deployment (cosine distance), points keyed by
 * fragment id, a keyword payload index on every filter key, batched upserts, deletes by filter and filtered
 * search with a score threshold, over gRPC. Semantic only: Qdrant's score is the cosine similarity.
 *
 * <p>Every call carries a deadline of {@code timeout}. The collection and its payload indexes are created at
 * start ({@link #initialise()}), or on first use if Qdrant was down then, and again if the collection
 * disappears.
 */
public class QdrantVectorIndex implements VectorIndex, AutoCloseable {

    public static final String NAME = "qdrant";

    private final QdrantClient client;
    private final String collection;
    private final int dimension;
    private final Duration timeout;
    private final int batchSize;
    private volatile boolean ready;

    public QdrantVectorIndex(QdrantClient client, String collection, int dimension, Duration timeout, int batchSize) {
        this.client = client;
        this.collection = collection;
        this.dimension = dimension;
        this.timeout = timeout;
        this.batchSize = batchSize;
    }

    /** A client for the configured server; it connects lazily, so this succeeds while Qdrant is down. */
    public static QdrantVectorIndex connect(EvidenceProperties.Qdrant config, int dimension) {
        QdrantGrpcClient.Builder grpc = QdrantGrpcClient.newBuilder(
                        config.host(), config.port(), config.useTls(), false)
                .withTimeout(config.timeout());
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            grpc.withApiKey(config.apiKey());
        }
        return new QdrantVectorIndex(
                new QdrantClient(grpc.build()),
                config.collection(),
                dimension,
                config.timeout(),
                config.upsertBatchSize());
    }

    /**
     * Creates the collection and its payload indexes now if Qdrant answers; otherwise the first call does it, so
     * the application still starts while Qdrant is down.
     */
    public void initialise() {
        try {
            ensureCollection();
        } catch (EvidenceSourceException e) {
            // degraded start: the first call tries again
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<EmbeddedFragment> fragments) {
        fragments.forEach(f -> VectorMath.requireDimension(f.vector(), dimension));
        for (int start = 0; start < fragments.size(); start += batchSize) {
            List<PointStruct> points = fragments.subList(start, Math.min(fragments.size(), start + batchSize)).stream()
                    .map(QdrantVectorIndex::point)
                    .toList();
            UpsertPoints request = UpsertPoints.newBuilder()
                    .setCollectionName(collection)
                    .setWait(true)
                    .addAllPoints(points)
                    .build();
            onCollection(() -> await(client.upsertAsync(request, timeout), "upsert"));
        }
    }

    private static PointStruct point(EmbeddedFragment f) {
        return PointStruct.newBuilder()
                .setId(PointIdFactory.id(f.fragment().fragmentId()))
                .setVectors(VectorsFactory.vectors(VectorMath.normalized(f.vector())))
                .putAllPayload(QdrantPayloads.toPayload(f.fragment()))
                .build();
    }

    @Override
    public void updateCoding(UUID projectId, List<FragmentCoding> codings) {
        for (FragmentCoding coding : codings) {
            Filter target = Filter.newBuilder()
                    .addMust(matchKeyword(QdrantPayloads.PROJECT_ID, projectId.toString()))
                    .addMust(matchKeyword(
                            QdrantPayloads.FRAGMENT_ID, coding.fragmentId().toString()))
                    .build();
            onCollection(() -> await(
                    client.setPayloadAsync(collection, QdrantPayloads.coding(coding), target, true, null, timeout),
                    "set payload"));
        }
    }

    @Override
    public void deleteFragments(UUID projectId, Collection<UUID> fragmentIds) {
        if (fragmentIds.isEmpty()) {
            return;
        }
        List<String> ids = fragmentIds.stream().map(UUID::toString).toList();
        delete(projectFilter(projectId).addMust(matchKeywords(QdrantPayloads.FRAGMENT_ID, ids)));
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) {
        delete(projectFilter(projectId).addMust(matchKeyword(QdrantPayloads.INTERVIEW_ID, interviewId.toString())));
    }

    @Override
    public void deleteProject(UUID projectId) {
        delete(projectFilter(projectId));
    }

    private void delete(Filter.Builder filter) {
        onCollection(() -> await(client.deleteAsync(collection, filter.build(), timeout), "delete"));
    }

    @Override
    public List<ScoredFragment> search(SearchQuery query, float[] queryVector) {
        VectorMath.requireDimension(queryVector, dimension);
        QueryPoints.Builder request = QueryPoints.newBuilder()
                .setCollectionName(collection)
                .setQuery(QueryFactory.nearest(VectorMath.normalized(queryVector)))
                .setFilter(filter(query))
                .setLimit(query.topK())
                .setWithPayload(WithPayloadSelectorFactory.enable(true));
        if (query.minSimilarity() > -1) {
            request.setScoreThreshold((float) query.minSimilarity());
        }
        List<ScoredPoint> points = onCollection(() -> await(client.queryAsync(request.build(), timeout), "query"));
        return points.stream()
                .map(p -> {
                    var fragment = QdrantPayloads.toFragment(p.getPayloadMap());
                    return new ScoredFragment(
                            fragment,
                            p.getScore(),
                            p.getScore(),
                            false,
                            LanguageAnalysis.highlights(fragment.language(), fragment.text(), query.text()));
                })
                .toList();
    }

    private static Filter filter(SearchQuery query) {
        Filter.Builder filter = projectFilter(query.projectId());
        if (query.speaker() != null) {
            filter.addMust(matchKeyword(QdrantPayloads.SPEAKER, query.speaker()));
        }
        if (query.categoryId() != null) {
            filter.addMust(
                    matchKeyword(QdrantPayloads.CATEGORY_IDS, query.categoryId().toString()));
        }
        if (query.interviewId() != null) {
            filter.addMust(matchKeyword(
                    QdrantPayloads.INTERVIEW_ID, query.interviewId().toString()));
        }
        if (query.codeId() != null) {
            filter.addMust(matchKeyword(QdrantPayloads.CODE_IDS, query.codeId().toString()));
        }
        return filter.build();
    }

    private static Filter.Builder projectFilter(UUID projectId) {
        return Filter.newBuilder().addMust(matchKeyword(QdrantPayloads.PROJECT_ID, projectId.toString()));
    }

    @Override
    public long count(UUID projectId) {
        return onCollection(() ->
                await(client.countAsync(collection, projectFilter(projectId).build(), true, timeout), "count"));
    }

    @Override
    public void ping() {
        await(client.healthCheckAsync(timeout), "health check");
    }

    /** Runs a collection call, creating the collection first when needed and once more if it vanished. */
    private <T> T onCollection(Supplier<T> call) {
        ensureCollection();
        try {
            return call.get();
        } catch (EvidenceSourceException e) {
            if (!QdrantCalls.isNotFound(e)) {
                throw e;
            }
            ready = false;
            ensureCollection();
            return call.get();
        }
    }

    private synchronized void ensureCollection() {
        if (ready) {
            return;
        }
        if (!await(client.collectionExistsAsync(collection, timeout), "collection check")) {
            VectorParams vectors = VectorParams.newBuilder()
                    .setSize(dimension)
                    .setDistance(Distance.Cosine)
                    .build();
            CreateCollection create = CreateCollection.newBuilder()
                    .setCollectionName(collection)
                    .setVectorsConfig(VectorsConfig.newBuilder().setParams(vectors))
                    .build();
            await(client.createCollectionAsync(create, timeout), "create collection");
        }
        for (String key : QdrantPayloads.FILTER_KEYS) {
            await(
                    client.createPayloadIndexAsync(
                            collection, key, PayloadSchemaType.Keyword, null, true, null, timeout),
                    "create payload index " + key);
        }
        ready = true;
    }

    private <T> T await(com.google.common.util.concurrent.ListenableFuture<T> call, String what) {
        return QdrantCalls.await(call, timeout, what);
    }

    @Override
    public void close() {
        client.close();
    }
}
