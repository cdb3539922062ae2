package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.theogen.evidence.internal.VectorMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link Embedder} contract, run against every adapter: vectors of {@link Embedder#dimension()} components
 * and unit length, in input order across batches, deterministic, blank text similar to nothing, and closer for
 * texts that share meaning than for unrelated ones.
 */
public abstract class EmbedderContract {

    /** The adapter under test; its batch size should be small (a few texts) so batching is exercised. */
    protected abstract Embedder embedder();

    @Test
    void returnsUnitVectorsOfItsDimensionInInputOrderAcrossBatches() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            texts.add("Sentence " + i + " about community health workers and clinic " + "x".repeat(i));
        }

        List<float[]> batched = embedder().embedAll(texts);

        assertThat(batched).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batched.get(i)).hasSize(embedder().dimension());
            assertThat(norm(batched.get(i))).isCloseTo(1.0, within(1e-4));
            float[] single = embedder().embed(texts.get(i));
            assertThat(VectorMath.cosine(batched.get(i), single)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void isDeterministicAndHasAStableModelId() {
        String text = "La comunidad organizó una olla común.";

        assertThat(embedder().embed(text)).isEqualTo(embedder().embed(text));
        assertThat(embedder().modelId()).isNotBlank().isEqualTo(embedder().modelId());
    }

    @Test
    void placesTextsSharingMeaningCloserThanUnrelatedOnes() {
        List<float[]> v = embedder()
                .embedAll(List.of(
                        "I had to stop working to take care of my sick mother.",
                        "I stopped working to take care of my mother when she was sick.",
                        "The stock market fell sharply on Tuesday."));

        assertThat(VectorMath.cosine(v.get(0), v.get(1))).isGreaterThan(VectorMath.cosine(v.get(0), v.get(2)));
    }

    @Test
    void givesBlankTextAZeroVectorAndEmptyInputNothing() {
        List<float[]> v = embedder().embedAll(List.of("  ", "not blank"));

        assertThat(v.get(0)).hasSize(embedder().dimension()).containsOnly(0f);
        assertThat(norm(v.get(1))).isCloseTo(1.0, within(1e-4));
        assertThat(embedder().embedAll(List.of())).isEmpty();
    }

    @Test
    void rejectsNullTexts() {
        assertThatThrownBy(() -> embedder().embedAll(Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
