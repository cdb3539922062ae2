package com.theogen.evidence.internal.qdrant;

import com.theogen.evidence.EvidenceProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

/** Qdrant settings for tests. */
public final class QdrantTestConfig {

    private QdrantTestConfig() {}

    /** A local port that nothing listens on (it was free a moment ago), with a short timeout. */
    public static EvidenceProperties.Qdrant unreachable() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvidenceProperties.Qdrant(
                "127.0.0.1", port, false, null, "theogen_unreachable", Duration.ofMillis(500), 64);
    }
}
