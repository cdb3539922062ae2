package com.theogen.export;

import java.util.Objects;

/**
 * The core category of the theory.
 *
 * @param name the category's name
 * @param definition what the category means in this project
 * @param rationale why it is the core: a sentence citing metrics (centrality, coverage …)
 */
public record CoreCategory(String name, String definition, String rationale) {

    public CoreCategory {
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition;
        rationale = rationale == null ? "" : rationale;
    }
}
