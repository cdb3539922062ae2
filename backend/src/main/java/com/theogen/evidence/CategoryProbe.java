package com.theogen.evidence;

import java.util.Objects;
import java.util.UUID;

/**
 * A category that enters a prompt and needs evidence: fragments coded with it are ranked by similarity to
 * its name and definition.
 *
 * @param definition may be {@code null} or blank
 */
public record CategoryProbe(UUID categoryId, String name, String definition) {

    public CategoryProbe {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
    }

    /** The text that is embedded for the search: name, then definition when present. */
    public String probeText() {
        return definition == null || definition.isBlank() ? name : name + ". " + definition;
    }
}
