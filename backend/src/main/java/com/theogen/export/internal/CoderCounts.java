package com.theogen.export.internal;

import com.theogen.export.CodebookEntry;
import com.theogen.export.CoderCount;
import java.util.stream.Collectors;

/** How a codebook prints a code's applications per coder: "Offline analyst 12 · Researcher 3". */
public final class CoderCounts {

    private CoderCounts() {}

    public static String describe(CodebookEntry entry, Labels labels) {
        return entry.counts().stream()
                .map(c -> name(c, labels) + " " + labels.integer(c.applications()))
                .collect(Collectors.joining(" · "));
    }

    /** The coder's name, or the kind of coder while counts are kept by origin. */
    public static String name(CoderCount count, Labels labels) {
        return count.coder().isBlank() ? labels.origin(count.origin()) : count.coder();
    }
}
