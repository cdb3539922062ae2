package com.theogen.project;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;

/**
 * A research domain's vocabulary, applied to every prompt and to export labels.
 *
 * @param key stable identifier stored on projects ({@code generic}, {@code education} …)
 * @param names display name per language code
 * @param descriptions one-line description per language code
 * @param actors who typically speaks or is spoken about in this domain (English)
 * @param localizedActors the same actors in other languages, by language code (e.g. {@code es})
 * @param criticalDimensions what an analysis in this domain must attend to
 * @param lexicon domain terms that should be recognised as concepts
 * @param metrics indicators a theory in this domain is often judged by
 * @param instructions extra guidance given to every analytic stage
 * @param consequenceTypes the consequence typology of the paradigm model in this domain (wire names such as {@code
 *     material}, {@code psychological}); absent in the file: {@link #DEFAULT_CONSEQUENCE_TYPES}. A consequence of
 *     no listed type is kept as {@code other} with the model's own word for it (docs/adr/035)
 */
public record DomainTemplate(
        String key,
        Map<String, String> names,
        Map<String, String> descriptions,
        List<String> actors,
        Map<String, List<String>> localizedActors,
        List<String> criticalDimensions,
        List<String> lexicon,
        List<String> metrics,
        String instructions,
        List<String> consequenceTypes) {

    /** The typology of a template that names none. */
    public static final List<String> DEFAULT_CONSEQUENCE_TYPES =
            List.of("material", "social", "institutional", "psychological");

    public DomainTemplate {
        localizedActors = localizedActors == null ? Map.of() : Map.copyOf(localizedActors);
        consequenceTypes = consequenceTypes == null || consequenceTypes.isEmpty()
                ? DEFAULT_CONSEQUENCE_TYPES
                : List.copyOf(consequenceTypes);
    }

    /** The actors in this language, so that prompts, sampling plans and reports name them as the project does. */
    public List<String> actors(Language language) {
        List<String> localized = localizedActors.get(language.code());
        return localized == null || localized.isEmpty() ? actors : localized;
    }
}
