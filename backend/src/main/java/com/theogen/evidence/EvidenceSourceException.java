package com.theogen.evidence;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Map;

/**
 * An evidence store (vector index, graph, remote embedder) did not answer in time or failed. Reported as
 * 503 {@code EVIDENCE_SOURCE_UNAVAILABLE} when {@link #retriable()} (the same call may succeed later), else as
 * 500 {@code EVIDENCE_SOURCE_FAILED}. The message never contains credentials.
 */
public class EvidenceSourceException extends DomainException {

    private final String source;
    private final boolean retriable;

    public EvidenceSourceException(String source, boolean retriable, String message, Throwable cause) {
        super(
                retriable ? ErrorCategory.UNAVAILABLE : ErrorCategory.INTERNAL,
                retriable ? "EVIDENCE_SOURCE_UNAVAILABLE" : "EVIDENCE_SOURCE_FAILED",
                message,
                Map.of("source", source, "retriable", retriable));
        this.source = source;
        this.retriable = retriable;
        if (cause != null) {
            initCause(cause);
        }
    }

    public static EvidenceSourceException unavailable(String source, String message, Throwable cause) {
        return new EvidenceSourceException(source, true, message, cause);
    }

    public static EvidenceSourceException failed(String source, String message, Throwable cause) {
        return new EvidenceSourceException(source, false, message, cause);
    }

    /** Which store: the {@code name()} of the adapter. */
    public String source() {
        return source;
    }

    public boolean retriable() {
        return retriable;
    }
}
