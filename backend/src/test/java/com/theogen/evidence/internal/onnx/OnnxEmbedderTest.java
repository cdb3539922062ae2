package com.theogen.evidence.internal.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.theogen.evidence.internal.VectorMath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new OnnxEmbedder(4, 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void takesItsDimensionFromTheBundledModel() {
        assertThat(embedder.modelId()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.embed("hello")).hasSize(384);
    }

    @Test
    void returnsUnitVectorsInInputOrderAcrossBatches() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            texts.add("Sentence number " + i + " about community health workers.");
        }

        List<float[]> batched = embedder.embedAll(texts);

        assertThat(batched).hasSize(11);
        for (int i = 0; i < texts.size(); i++) {
            float[] single = embedder.embed(texts.get(i));
            assertThat(VectorMath.cosine(batched.get(i), single)).isCloseTo(1.0, within(1e-5));
            assertThat(VectorMath.cosine(batched.get(i), batched.get(i))).isCloseTo(1.0, within(1e-5));
            double norm = 0;
            for (float v : batched.get(i)) {
                norm += v * v;
            }
            assertThat(norm).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void placesParaphrasesCloserThanUnrelatedText() {
        List<float[]> v = embedder.embedAll(List.of(
                "I had to stop working to take care of my sick mother.",
                "I quit my job to look after my ill mom.",
                "The stock market fell sharply on Tuesday."));

        assertThat(VectorMath.cosine(v.get(0), v.get(1))).isGreaterThan(VectorMath.cosine(v.get(0), v.get(2)) + 0.3);
    }

    @Test
    void givesBlankTextAZeroVectorAndEmptyInputNothing() {
        List<float[]> v = embedder.embedAll(List.of("  ", "not blank"));

        assertThat(v.get(0)).containsOnly(0f);
        assertThat(v.get(1)).isNotEqualTo(new float[384]);
        assertThat(embedder.embedAll(List.of())).isEmpty();
    }
}
