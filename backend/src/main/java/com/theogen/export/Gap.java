package com.theogen.export;

import java.util.Objects;

/**
 * A place where the evidence is thin.
 *
 * @param category the category (or paradigm component) the gap concerns
 * @param description what is missing
 * @param severity how much it weakens the theory
 */
public record Gap(String category, String description, Severity severity) {

    public Gap {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
    }
}
