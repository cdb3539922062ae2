package com.theogen.evidence.internal.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.internal.onnx.OnnxEmbedder.WarmState;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bundled model loads off the start-up's critical path: what a search or an indexing call meets meanwhile. */
class OnnxEmbedderWarmupTest {

    @Test
    void refusesAsRetriableWhileTheModelLoadsThenEmbedsOnceWarm() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (OnnxEmbedder embedder = new OnnxEmbedder(4, 1, Duration.ofMillis(50), pool -> {
            await(release);
            return new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
        })) {
            assertThat(embedder.state()).isEqualTo(WarmState.WARMING);
            assertThat(embedder.dimension()).isEqualTo(384);
            assertThatThrownBy(() -> embedder.embed("care work"))
                    .isInstanceOfSatisfying(EvidenceSourceException.class, e -> {
                        assertThat(e.retriable()).isTrue();
                        assertThat(e.errorCode()).isEqualTo("EVIDENCE_SOURCE_UNAVAILABLE");
                        assertThat(e.getMessage()).contains("still loading");
                    });

            release.countDown();
            awaitState(embedder, WarmState.READY);

            assertThat(embedder.embed("care work")).hasSize(384);
        }
    }

    @Test
    void aCallWithinTheWaitGetsItsAnswerOnceTheModelIsLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (OnnxEmbedder embedder = new OnnxEmbedder(4, 1, Duration.ofMinutes(5), pool -> {
            await(release);
            return new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
        })) {
            CompletableFuture<float[]> waiting = CompletableFuture.supplyAsync(() -> embedder.embed("caring for mum"));
            Thread.sleep(100);
            assertThat(waiting).isNotDone();

            release.countDown();

            assertThat(waiting.get(2, TimeUnit.MINUTES)).hasSize(384);
            assertThat(embedder.state()).isEqualTo(WarmState.READY);
        }
    }

    @Test
    void aModelThatCannotLoadFailsEveryCallAndSaysSo() throws Exception {
        try (OnnxEmbedder embedder = new OnnxEmbedder(4, 1, Duration.ofSeconds(30), pool -> {
            throw new IllegalStateException("no native library for this platform");
        })) {
            awaitState(embedder, WarmState.FAILED);
            assertThatThrownBy(() -> embedder.embed("care work"))
                    .isInstanceOfSatisfying(EvidenceSourceException.class, e -> {
                        assertThat(e.retriable()).isFalse();
                        assertThat(e.getCause()).hasMessageContaining("no native library");
                    });
        }
    }

    @Test
    void blankTextsNeedNoModel() {
        CountDownLatch release = new CountDownLatch(1);
        try (OnnxEmbedder embedder = new OnnxEmbedder(4, 1, Duration.ofMillis(10), pool -> {
            await(release);
            throw new IllegalStateException("not needed");
        })) {
            assertThat(embedder.embed("  ")).containsOnly(0f).hasSize(384);
            assertThat(embedder.state()).isEqualTo(WarmState.WARMING);
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitState(OnnxEmbedder embedder, WarmState expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (embedder.state() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(embedder.state()).isEqualTo(expected);
    }
}
