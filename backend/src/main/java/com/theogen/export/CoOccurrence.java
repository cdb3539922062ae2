package com.theogen.export;

import java.util.Objects;

/**
 * Two categories coded on the same fragments.
 *
 * @param categoryA one category
 * @param categoryB the other category
 * @param sharedFragments fragments coded with both
 */
public record CoOccurrence(String categoryA, String categoryB, int sharedFragments) {

    public CoOccurrence {
        Objects.requireNonNull(categoryA, "categoryA");
        Objects.requireNonNull(categoryB, "categoryB");
    }
}
