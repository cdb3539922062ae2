package com.theogen.evidence;

import java.util.Objects;

/**
 * A fragment with its embedding, ready to be written to a {@link VectorIndex}.
 *
 * @param vector the fragment's embedding; its length must equal the index dimension
 */
public record EmbeddedFragment(IndexedFragment fragment, float[] vector) {

    public EmbeddedFragment {
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(vector, "vector");
    }
}
