package com.theogen.analyst;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The paradigm model around the central category, each component backed by the verbatim sentences whose
 * cue phrases decided its role.
 *
 * @param centralCategoryId the central category
 * @param components one per classified non-central category, in paradigm order
 * @param unclassifiedCategoryIds categories whose fragments carry no role cue at all
 * @param consequences typed consequences, each with its evidence sentence
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record ParadigmModel(
        UUID centralCategoryId,
        List<Component> components,
        List<UUID> unclassifiedCategoryIds,
        List<Consequence> consequences,
        String generatedBy) {

    public ParadigmModel {
        components = List.copyOf(components);
        unclassifiedCategoryIds = List.copyOf(unclassifiedCategoryIds);
        consequences = List.copyOf(consequences);
    }

    /** The component a category plays, if any. */
    public Optional<ParadigmRole> roleOf(UUID categoryId) {
        return components.stream()
                .filter(c -> c.categoryId().equals(categoryId))
                .map(Component::role)
                .findFirst();
    }

    /**
     * A category in its paradigm role.
     *
     * @param categoryId the category
     * @param name its name
     * @param role the role its cue phrases point to
     * @param cueSentences per role, how many of the category's sentences carry a cue of that role
     * @param evidence the sentences carrying cues of the chosen role (at most three)
     */
    public record Component(
            UUID categoryId,
            String name,
            ParadigmRole role,
            Map<ParadigmRole, Integer> cueSentences,
            List<CueEvidence> evidence) {

        public Component {
            cueSentences = Map.copyOf(cueSentences);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A verbatim sentence and the cue phrase found in it.
     *
     * @param cue the cue phrase as listed in the lexicon
     * @param quote the sentence (or clauses of a long one), verbatim with offsets
     */
    public record CueEvidence(String cue, Quote quote) {}

    /**
     * A consequence of the phenomenon.
     *
     * @param categoryId the category it comes from
     * @param name the category's name
     * @param type material, social or institutional, from the words of the sentence (or category)
     * @param horizon short or long term, from temporal cues
     * @param evidence the consequence sentence, verbatim with offsets
     */
    public record Consequence(
            UUID categoryId, String name, ConsequenceType type, Horizon horizon, CueEvidence evidence) {}

    /** What a consequence affects. */
    public enum ConsequenceType {
        MATERIAL,
        SOCIAL,
        INSTITUTIONAL;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** When a consequence is felt. */
    public enum Horizon {
        SHORT_TERM,
        LONG_TERM;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
