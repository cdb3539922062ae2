package com.theogen.export;

import java.util.Objects;

/**
 * One code of the project's codebook.
 *
 * @param code the code's label
 * @param definition what it means; may be blank
 * @param category the category it is grouped under; blank when ungrouped
 * @param origin who created it
 * @param fragmentCount fragments coded with it
 * @param interviewCount interviews in which it is applied
 */
public record CodebookEntry(
        String code, String definition, String category, CodeOrigin origin, int fragmentCount, int interviewCount) {

    public CodebookEntry {
        Objects.requireNonNull(code, "code");
        definition = definition == null ? "" : definition;
        category = category == null ? "" : category;
        Objects.requireNonNull(origin, "origin");
    }
}
