package com.theogen.analyst.internal;

import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a sentence speaks of a category <em>as the report names it</em> (ADR 059): it must hold the words of one of
 * the category's codes that carry its name — the code the name comes from, its translations ("guilty" for «Culpa»,
 * through {@link ConceptLexicon}) and longer phrases around it ("support group" for «Grupo») — not merely any code the
 * grouping put in the category. A reader sees «Coche» and a quote; "Because when I get angry, I feel so guilty" backs
 * nothing about cars although "angry" was grouped with "car". A category no code of which carries its name (a
 * researcher's abstract name, "Cuidado cotidiano") is checked against all its codes, as {@link Mentions} does.
 */
final class NamedMentions {

    private NamedMentions() {}

    /** {@link Mentions} over the codes that carry each category's name. */
    static Mentions of(TheoryData data) {
        TheoryRequest request = data.request();
        Map<UUID, Tongue> tongues = new HashMap<>();
        request.fragments().forEach(f -> tongues.put(f.fragmentId(), Tongue.of(f.language())));
        Tongue project = Tongue.of(request.language());
        List<TheoryCategory> named = request.categories().stream()
                .map(c -> new TheoryCategory(c.categoryId(), c.name(), c.definition(), nameCodes(c, project, tongues)))
                .toList();
        return new Mentions(new TheoryData(new TheoryRequest(
                request.language(),
                request.interviewOrder(),
                named,
                request.fragments(),
                request.metrics(),
                request.coOccurrences(),
                request.actors())));
    }

    /** The category's codes that carry its name; all its codes when none does. */
    static List<TheoryCode> nameCodes(TheoryCategory category, Tongue project, Map<UUID, Tongue> tongues) {
        String name = category.name().replaceAll("\\s*\\(\\d+\\)\\s*$", "");
        ConceptLexicon lexicon = ConceptLexicon.get();
        List<TheoryCode> carrying = category.codes().stream()
                .filter(code -> {
                    Tongue tongue = mainTongue(code, tongues, project);
                    Set<String> label = lexicon.conceptsOf(code.label(), tongue);
                    return covers(label, lexicon.conceptsOf(name, tongue))
                            || covers(label, lexicon.conceptsOf(name, project));
                })
                .toList();
        return carrying.isEmpty() ? category.codes() : carrying;
    }

    private static boolean covers(Set<String> label, Set<String> name) {
        return !name.isEmpty() && label.containsAll(name);
    }

    private static Tongue mainTongue(TheoryCode code, Map<UUID, Tongue> tongues, Tongue fallback) {
        Map<Tongue, Integer> counts = new HashMap<>();
        code.fragmentIds().forEach(f -> {
            Tongue t = tongues.get(f);
            if (t != null) {
                counts.merge(t, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.<Tongue, Integer>comparingByValue().thenComparing(e -> e.getKey() == fallback))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }
}
