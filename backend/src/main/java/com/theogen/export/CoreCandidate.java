package com.theogen.export;

import java.util.Objects;

/**
 * A category the model weighed as the core before choosing, scored 1 (not at all) to 5 (fully) on Strauss and
 * Corbin's criteria, with the reasoning it wrote before the scores (docs/adr/035).
 *
 * @param name the category's name
 * @param reasoning the model's reasoning about this candidate; may be blank
 * @param central the other categories relate to it
 * @param frequent it appears often, across interviews
 * @param connected its relations to the others are logical, not forced
 * @param abstractEnough abstract enough to be used in other substantive areas
 * @param explainsVariation it explains variation as well as the main point of the data
 * @param chosen whether this candidate became the core category
 */
public record CoreCandidate(
        String name,
        String reasoning,
        int central,
        int frequent,
        int connected,
        int abstractEnough,
        int explainsVariation,
        boolean chosen) {

    public CoreCandidate {
        Objects.requireNonNull(name, "name");
        reasoning = reasoning == null ? "" : reasoning;
    }

    /** The sum of the five scores (5–25). */
    public int total() {
        return central + frequent + connected + abstractEnough + explainsVariation;
    }

    /** The five scores in the order the criteria are listed. */
    public int[] scores() {
        return new int[] {central, frequent, connected, abstractEnough, explainsVariation};
    }
}
