package com.theogen.coding.internal;

import java.util.Locale;

/**
 * The short ids coding prompts name fragments and codes by ({@code f3}, {@code c3}), read back from a model's reply,
 * which may write them bracketed or in capitals.
 */
final class ShortIds {

    private ShortIds() {}

    /** {@code f3}, {@code [f3]} and {@code F3} all read as {@code f3}; null reads as empty. */
    static String read(String written) {
        return written == null ? "" : written.strip().replaceAll("[\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
