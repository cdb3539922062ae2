package com.theogen.evidence.internal;

/** Small vector helpers shared by the adapters. */
public final class VectorMath {

    private VectorMath() {}

    /** A unit-length copy of {@code vector}; a zero vector stays zero. */
    public static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        float[] out = vector.clone();
        if (norm == 0) {
            return out;
        }
        double inverse = 1 / Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (out[i] * inverse);
        }
        return out;
    }

    /** Cosine similarity of two vectors of the same length. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Throws unless {@code vector} has {@code dimension} components. */
    public static void requireDimension(float[] vector, int dimension) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException(
                    "vector has " + vector.length + " components, the index expects " + dimension);
        }
    }
}
