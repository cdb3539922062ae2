package com.theogen.evidence.internal.qdrant;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.CollectionsGrpc;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SetPayloadPoints;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.PointsGrpc;
import io.qdrant.client.grpc.QdrantGrpc;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckReply;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A stand-in for a Qdrant server, built on the Qdrant client's own generated gRPC service base classes and
 * served over gRPC's in-process transport. No Qdrant binary can be obtained on this machine (only Maven
 * Central, npm and Debian packages are reachable), so this server stands in for one in tests.
 *
 * <p>It supports exactly the calls {@link QdrantVectorIndex} makes (health check, collection exists/create,
 * payload index creation, upsert, set payload, delete by filter, count and query) with an in-memory store:
 * filters with {@code must}/{@code should}/{@code must_not} keyword and keywords matches (a list payload
 * matches when it contains the value), cosine scoring, score threshold and limit. What it proves is that the
 * adapter speaks the protocol as the client library defines it; wire-level behaviour of a real Qdrant (filter
 * semantics nuances, consistency, errors it really returns) is <em>not</em> proven here; the opt-in
 * {@code RealQdrantVectorIndexTest} covers that when {@code QDRANT_URL} is set. It serves either in-process or, for
 * whole-application tests, on a local TCP port ({@link #onLocalPort()}).
 */
public final class InMemoryQdrantServer implements AutoCloseable {

    private final String name;
    private final Server server;
    private final Map<String, Map<String, PointStruct>> collections = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> payloadIndexes = new ConcurrentHashMap<>();
    private volatile boolean stalled;

    /** Served over gRPC's in-process transport under {@code name}; connect with {@link #channel()}. */
    InMemoryQdrantServer(String name) throws IOException {
        this(name, InProcessServerBuilder.forName(name));
    }

    private InMemoryQdrantServer(String name, ServerBuilder<?> builder) throws IOException {
        this.name = name;
        this.server = builder.addService(new Health())
                .addService(new CollectionsService())
                .addService(new PointsService())
                .build()
                .start();
    }

    /**
     * Served over plain gRPC (HTTP/2 over TCP, the transport of the client's own Netty) on a free port of the
     * loopback interface, so that an application configured with {@code theogen.evidence.qdrant.host/port}
     * connects to it exactly as to a Qdrant server.
     */
    public static InMemoryQdrantServer onLocalPort() throws IOException {
        return new InMemoryQdrantServer("tcp", Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()));
    }

    /** The TCP port of a server from {@link #onLocalPort()}. */
    public int port() {
        return server.getPort();
    }

    /** Points of {@code collection} whose payload {@code key} is {@code value}. */
    public long points(String collection, String key, String value) {
        return collections.getOrDefault(collection, Map.of()).values().stream()
                .filter(p -> p.getPayloadMap().containsKey(key)
                        && value.equals(p.getPayloadMap().get(key).getStringValue()))
                .count();
    }

    ManagedChannel channel() {
        return InProcessChannelBuilder.forName(name).build();
    }

    /** While stalled, the server accepts calls and never answers them (a hung server). */
    void stall(boolean value) {
        stalled = value;
    }

    Set<String> payloadIndexes(String collection) {
        return payloadIndexes.getOrDefault(collection, Set.of());
    }

    boolean hasCollection(String collection) {
        return collections.containsKey(collection);
    }

    void dropCollection(String collection) {
        collections.remove(collection);
    }

    /** Stops serving: from now on the port refuses connections, as a Qdrant that went down. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    private <T> void reply(StreamObserver<T> observer, T value) {
        if (!stalled) {
            observer.onNext(value);
            observer.onCompleted();
        }
    }

    private Map<String, PointStruct> collection(String collection, StreamObserver<?> observer) {
        Map<String, PointStruct> points = collections.get(collection);
        if (points == null) {
            observer.onError(io.grpc.Status.NOT_FOUND
                    .withDescription("Collection `" + collection + "` doesn't exist!")
                    .asRuntimeException());
        }
        return points;
    }

    private static PointsOperationResponse completed() {
        return PointsOperationResponse.newBuilder()
                .setResult(UpdateResult.newBuilder().setStatus(UpdateStatus.Completed))
                .build();
    }

    private final class Health extends QdrantGrpc.QdrantImplBase {
        @Override
        public void healthCheck(HealthCheckRequest request, StreamObserver<HealthCheckReply> observer) {
            reply(
                    observer,
                    HealthCheckReply.newBuilder()
                            .setTitle("in-memory qdrant")
                            .setVersion("test")
                            .build());
        }
    }

    private final class CollectionsService extends CollectionsGrpc.CollectionsImplBase {
        @Override
        public void collectionExists(
                CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> observer) {
            boolean exists = collections.containsKey(request.getCollectionName());
            reply(
                    observer,
                    CollectionExistsResponse.newBuilder()
                            .setResult(CollectionExists.newBuilder().setExists(exists))
                            .build());
        }

        @Override
        public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> observer) {
            collections.putIfAbsent(request.getCollectionName(), new ConcurrentHashMap<>());
            reply(
                    observer,
                    CollectionOperationResponse.newBuilder().setResult(true).build());
        }
    }

    private final class PointsService extends PointsGrpc.PointsImplBase {
        @Override
        public void createFieldIndex(
                CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> observer) {
            payloadIndexes
                    .computeIfAbsent(request.getCollectionName(), k -> ConcurrentHashMap.newKeySet())
                    .add(request.getFieldName());
            reply(observer, completed());
        }

        @Override
        public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> observer) {
            Map<String, PointStruct> points = collection(request.getCollectionName(), observer);
            if (points != null) {
                request.getPointsList().forEach(p -> points.put(key(p.getId()), p));
                reply(observer, completed());
            }
        }

        @Override
        public void setPayload(SetPayloadPoints request, StreamObserver<PointsOperationResponse> observer) {
            Map<String, PointStruct> points = collection(request.getCollectionName(), observer);
            if (points != null) {
                Predicate<PointStruct> selected =
                        matches(request.getPointsSelector().getFilter());
                points.replaceAll((id, p) -> selected.test(p)
                        ? p.toBuilder().putAllPayload(request.getPayloadMap()).build()
                        : p);
                reply(observer, completed());
            }
        }

        @Override
        public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> observer) {
            Map<String, PointStruct> points = collection(request.getCollectionName(), observer);
            if (points != null) {
                points.values().removeIf(matches(request.getPoints().getFilter()));
                reply(observer, completed());
            }
        }

        @Override
        public void count(CountPoints request, StreamObserver<CountResponse> observer) {
            Map<String, PointStruct> points = collection(request.getCollectionName(), observer);
            if (points != null) {
                long count = points.values().stream()
                        .filter(matches(request.getFilter()))
                        .count();
                reply(
                        observer,
                        CountResponse.newBuilder()
                                .setResult(CountResult.newBuilder().setCount(count))
                                .build());
            }
        }

        @Override
        public void query(QueryPoints request, StreamObserver<QueryResponse> observer) {
            Map<String, PointStruct> points = collection(request.getCollectionName(), observer);
            if (points == null) {
                return;
            }
            List<Float> target = request.getQuery().getNearest().getDense().getDataList();
            List<ScoredPoint> hits = new ArrayList<>();
            for (PointStruct p : points.values()) {
                if (!matches(request.getFilter()).test(p)) {
                    continue;
                }
                float score = (float) cosine(target, data(p.getVectors().getVector()));
                if (!request.hasScoreThreshold() || score >= request.getScoreThreshold()) {
                    hits.add(ScoredPoint.newBuilder()
                            .setId(p.getId())
                            .setScore(score)
                            .putAllPayload(p.getPayloadMap())
                            .build());
                }
            }
            hits.sort(Comparator.comparing(ScoredPoint::getScore).reversed().thenComparing(h -> key(h.getId())));
            int limit = (int) Math.min(hits.size(), request.getLimit());
            reply(
                    observer,
                    QueryResponse.newBuilder()
                            .addAllResult(hits.subList(0, limit))
                            .build());
        }
    }

    private static String key(PointId id) {
        return id.hasUuid() ? id.getUuid() : Long.toString(id.getNum());
    }

    private static List<Float> data(Vector vector) {
        return vector.getDataCount() > 0
                ? vector.getDataList()
                : vector.getDense().getDataList();
    }

    private static double cosine(List<Float> a, List<Float> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.size(); i++) {
            dot += a.get(i) * b.get(i);
            na += a.get(i) * a.get(i);
            nb += b.get(i) * b.get(i);
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static Predicate<PointStruct> matches(Filter filter) {
        return p -> filter.getMustList().stream().allMatch(c -> holds(c, p))
                && (filter.getShouldCount() == 0
                        || filter.getShouldList().stream().anyMatch(c -> holds(c, p)))
                && filter.getMustNotList().stream().noneMatch(c -> holds(c, p));
    }

    private static boolean holds(Condition condition, PointStruct point) {
        if (!condition.hasField()) {
            throw new UnsupportedOperationException("only field conditions are supported: " + condition);
        }
        FieldCondition field = condition.getField();
        Value value = point.getPayloadMap().get(field.getKey());
        if (value == null) {
            return false;
        }
        List<String> present = value.hasListValue()
                ? value.getListValue().getValuesList().stream()
                        .map(Value::getStringValue)
                        .toList()
                : List.of(value.getStringValue());
        return switch (field.getMatch().getMatchValueCase()) {
            case KEYWORD -> present.contains(field.getMatch().getKeyword());
            case KEYWORDS ->
                field.getMatch().getKeywords().getStringsList().stream().anyMatch(present::contains);
            default -> throw new UnsupportedOperationException("unsupported match " + field.getMatch());
        };
    }
}
