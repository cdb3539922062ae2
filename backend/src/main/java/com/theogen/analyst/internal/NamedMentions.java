package com.theogen.analyst.internal;

import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import java.util.List;
import java.util.Set;

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
        FragmentTongues tongues = FragmentTongues.stored(request);
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
    static List<TheoryCode> nameCodes(TheoryCategory category, Tongue project, FragmentTongues tongues) {
        String name = unnumbered(category.name());
        ConceptLexicon lexicon = ConceptLexicon.get();
        List<TheoryCode> carrying = category.codes().stream()
                .filter(code -> {
                    Tongue tongue = tongues.main(code.fragmentIds(), project);
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

    /** The category's name without the " (2)" that tells two categories of one name apart. */
    static String unnumbered(String name) {
        return name.replaceAll("\\s*\\(\\d+\\)\\s*$", "");
    }
}
