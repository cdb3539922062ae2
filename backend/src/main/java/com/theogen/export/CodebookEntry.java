package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * One code of the project's codebook.
 *
 * @param code the code's label
 * @param definition what it means; may be blank
 * @param category the category it is grouped under (its parent in the codebook's hierarchy); blank when ungrouped
 * @param origin who created it
 * @param fragmentCount fragments coded with it
 * @param interviewCount interviews in which it is applied
 * @param counts applications per coder (today per origin, see {@link CoderCount}); empty when unknown
 * @param anchor a verified quote that shows what the code means; null when the code has no application
 */
public record CodebookEntry(
        String code,
        String definition,
        String category,
        CodeOrigin origin,
        int fragmentCount,
        int interviewCount,
        List<CoderCount> counts,
        EvidenceQuote anchor) {

    public CodebookEntry {
        Objects.requireNonNull(code, "code");
        definition = definition == null ? "" : definition;
        category = category == null ? "" : category;
        Objects.requireNonNull(origin, "origin");
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    /** An entry without per-coder counts or anchor quote. */
    public CodebookEntry(
            String code, String definition, String category, CodeOrigin origin, int fragmentCount, int interviewCount) {
        this(code, definition, category, origin, fragmentCount, interviewCount, List.of(), null);
    }

    /** Applications of the code over all coders. */
    public int applications() {
        return counts.stream().mapToInt(CoderCount::applications).sum();
    }
}
