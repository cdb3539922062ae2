package com.theogen.evidence;

import com.theogen.evidence.internal.onnx.OnnxEmbedder;
import java.util.List;
import java.util.Random;

/** Embedders for tests: the real ONNX model (loaded once per JVM) and a blind one that ignores the text. */
public final class TestEmbedders {

    private static OnnxEmbedder onnx;

    private TestEmbedders() {}

    public static synchronized Embedder onnx() {
        if (onnx == null) {
            onnx = new OnnxEmbedder(16, 2);
        }
        return onnx;
    }

    /** Seeded random unit vectors: similarity carries no meaning, so only a lexical index can find a text. */
    public static Embedder blind(int dimension, long seed) {
        Random random = new Random(seed);
        return new Embedder() {
            @Override
            public String modelId() {
                return "blind";
            }

            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public synchronized List<float[]> embedAll(List<String> texts) {
                return texts.stream().map(t -> randomVector()).toList();
            }

            private float[] randomVector() {
                float[] v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = (float) random.nextGaussian();
                }
                return v;
            }
        };
    }
}
