package com.theogen.project;

import java.util.List;
import java.util.Map;

/**
 * A research domain's vocabulary, applied to every prompt and to export labels.
 *
 * @param key stable identifier stored on projects ({@code generic}, {@code education} …)
 * @param names display name per language code
 * @param descriptions one-line description per language code
 * @param actors who typically speaks or is spoken about in this domain
 * @param criticalDimensions what an analysis in this domain must attend to
 * @param lexicon domain terms that should be recognised as concepts
 * @param metrics indicators a theory in this domain is often judged by
 * @param instructions extra guidance given to every analytic stage
 */
public record DomainTemplate(
        String key,
        Map<String, String> names,
        Map<String, String> descriptions,
        List<String> actors,
        List<String> criticalDimensions,
        List<String> lexicon,
        List<String> metrics,
        String instructions) {}
