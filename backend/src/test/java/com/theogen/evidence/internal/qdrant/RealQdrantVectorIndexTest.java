package com.theogen.evidence.internal.qdrant;

import com.theogen.evidence.EvidenceProperties;
import com.theogen.evidence.VectorIndex;
import com.theogen.evidence.VectorIndexContract;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The {@link VectorIndexContract} against a real Qdrant, opt-in: set {@code QDRANT_URL} to its gRPC address (for
 * example {@code http://localhost:6334}) and, if needed, {@code QDRANT_API_KEY}. Each test class run uses a
 * fresh collection. Skipped otherwise, since no Qdrant binary can be obtained on the build machine.
 */
@EnabledIfEnvironmentVariable(
        named = "QDRANT_URL",
        matches = ".+",
        disabledReason =
                "QDRANT_URL is not set: no real Qdrant to test against (the in-memory gRPC stand-in runs instead)")
class RealQdrantVectorIndexTest extends VectorIndexContract {

    private QdrantVectorIndex qdrant;

    @Override
    protected VectorIndex newIndex(int dimension) {
        URI url = URI.create(System.getenv("QDRANT_URL"));
        EvidenceProperties.Qdrant config = new EvidenceProperties.Qdrant(
                url.getHost(),
                url.getPort() < 0 ? 6334 : url.getPort(),
                "https".equals(url.getScheme()),
                System.getenv("QDRANT_API_KEY"),
                "theogen_test_" + UUID.randomUUID().toString().replace("-", ""),
                Duration.ofSeconds(10),
                64);
        qdrant = QdrantVectorIndex.connect(config, dimension);
        return qdrant;
    }

    @AfterEach
    void close() {
        qdrant.close();
    }
}
