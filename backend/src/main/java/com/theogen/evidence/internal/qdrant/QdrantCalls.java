package com.theogen.evidence.internal.qdrant;

import com.google.common.util.concurrent.ListenableFuture;
import com.theogen.evidence.EvidenceSourceException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a Qdrant call and maps its failure. Every call already carries a gRPC deadline; the wait here is
 * a little longer, as a guard, so nothing blocks beyond the configured timeout. Transport trouble (down,
 * deadline, overloaded) is retriable; a rejected request is not.
 */
final class QdrantCalls {

    private static final Set<Status.Code> RETRIABLE = Set.of(
            Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.ABORTED,
            Status.Code.CANCELLED,
            Status.Code.UNKNOWN);

    private QdrantCalls() {}

    static <T> T await(ListenableFuture<T> call, Duration timeout, String what) {
        try {
            return call.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw EvidenceSourceException.unavailable(QdrantVectorIndex.NAME, what + " was interrupted", e);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw EvidenceSourceException.unavailable(
                    QdrantVectorIndex.NAME, what + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw map(e.getCause(), what);
        }
    }

    static EvidenceSourceException map(Throwable cause, String what) {
        Status status = cause instanceof StatusRuntimeException sre ? sre.getStatus() : Status.fromThrowable(cause);
        String message = what + " failed: " + status.getCode()
                + (status.getDescription() == null ? "" : " (" + status.getDescription() + ")");
        return RETRIABLE.contains(status.getCode())
                ? EvidenceSourceException.unavailable(QdrantVectorIndex.NAME, message, cause)
                : EvidenceSourceException.failed(QdrantVectorIndex.NAME, message, cause);
    }

    static boolean isNotFound(EvidenceSourceException e) {
        return e.getCause() instanceof StatusRuntimeException sre
                && sre.getStatus().getCode() == Status.Code.NOT_FOUND;
    }
}
