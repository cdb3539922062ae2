package com.theogen.export;

import java.util.Objects;

/**
 * How many times one coder applied a code. Today counts are kept per origin (the offline analyst, AI models,
 * researchers) and {@code coder} is blank, so a report names the origin; when applications record their coder,
 * the same row carries the coder's name and a codebook shows counts by coder without changing its renderers.
 *
 * @param coder who applied it (a member's name, a model, an imported coder); blank when counted by origin only
 * @param origin what kind of coder it is
 * @param applications how many applications of the code this coder made
 */
public record CoderCount(String coder, CodeOrigin origin, int applications) {

    public CoderCount {
        coder = coder == null ? "" : coder;
        Objects.requireNonNull(origin, "origin");
    }
}
