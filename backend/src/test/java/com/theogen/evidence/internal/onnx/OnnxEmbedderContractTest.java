package com.theogen.evidence.internal.onnx;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.EmbedderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class OnnxEmbedderContractTest extends EmbedderContract {

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new OnnxEmbedder(4, 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Override
    protected Embedder embedder() {
        return embedder;
    }
}
