package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * The core category of the theory.
 *
 * @param name the category's name
 * @param definition what the category means in this project
 * @param rationale why it is the core: a sentence citing metrics (centrality, coverage …) or the model's
 *     justification
 * @param storyline the theory told as a short narrative around the core; blank when the analysis wrote none
 *     (offline analyst, theories saved before docs/adr/035)
 * @param candidates the categories scored before the choice, in the order they were scored; empty when none were
 *     scored
 */
public record CoreCategory(
        String name, String definition, String rationale, String storyline, List<CoreCandidate> candidates) {

    public CoreCategory {
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition;
        rationale = rationale == null ? "" : rationale;
        storyline = storyline == null ? "" : storyline;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A core category chosen without scored candidates or a storyline. */
    public CoreCategory(String name, String definition, String rationale) {
        this(name, definition, rationale, "", List.of());
    }

    /** Whether there is anything to say about how it was chosen beyond the rationale. */
    public boolean hasChoice() {
        return !candidates.isEmpty() || !storyline.isBlank();
    }
}
