package com.theogen.analyst.internal;

import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a sentence mentions a category (ADR 043): it holds every meaningful word of one of the category's code
 * labels, compared by stem in the sentence's language ("hermanas" mentions the code "hermano"). Used to back a
 * proposition with a quote that speaks of the categories it relates, not merely one found in the same turn. Offline
 * codes are phrases participants said, so their categories can be checked; a category whose code labels occur in
 * none of its fragments (a person's or a model's abstract labels, "Cuidado cotidiano") cannot be, and any sentence
 * of a fragment coded with it counts as mentioning it.
 */
final class Mentions {

    private final TheoryData data;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final Map<UUID, Map<Tongue, List<Set<String>>>> labels = new HashMap<>();
    private final Map<String, Set<String>> sentenceStems = new HashMap<>();
    private final Map<UUID, Set<String>> fragmentStems = new HashMap<>();
    private final Map<UUID, Boolean> grounded = new HashMap<>();

    Mentions(TheoryData data) {
        this.data = data;
    }

    /** How many of {@code categories} the sentence mentions. */
    int count(TheoryData.Sentence sentence, List<UUID> categories) {
        return count(List.of(sentence), categories);
    }

    /** How many of {@code categories} consecutive sentences of one fragment mention. */
    int count(List<TheoryData.Sentence> sentences, List<UUID> categories) {
        Tongue tongue = Tongue.of(sentences.get(0).fragment().language());
        Set<String> stems = new HashSet<>();
        for (TheoryData.Sentence sentence : sentences) {
            stems.addAll(sentenceStems.computeIfAbsent(
                    sentence.fragment().fragmentId() + "@" + sentence.start(),
                    key -> stems(sentence.fragment().text().substring(sentence.start(), sentence.end()), tongue)));
        }
        int count = 0;
        for (UUID category : categories) {
            if (!grounded(category) || labels(category, tongue).stream().anyMatch(stems::containsAll)) {
                count++;
            }
        }
        return count;
    }

    /** Whether one of the category's labels occurs in one of its fragments (then mentions can be checked). */
    private boolean grounded(UUID categoryId) {
        return grounded.computeIfAbsent(categoryId, id -> {
            for (UUID fragmentId : data.fragmentsOf(id)) {
                var fragment = data.fragment(fragmentId);
                Tongue tongue = Tongue.of(fragment.language());
                Set<String> stems = fragmentStems.computeIfAbsent(fragmentId, f -> stems(fragment.text(), tongue));
                if (labels(id, tongue).stream().anyMatch(stems::containsAll)) {
                    return true;
                }
            }
            return false;
        });
    }

    private List<Set<String>> labels(UUID categoryId, Tongue tongue) {
        return labels.computeIfAbsent(categoryId, id -> new HashMap<>()).computeIfAbsent(tongue, t -> {
            TheoryCategory category = data.category(categoryId);
            List<Set<String>> result = new ArrayList<>();
            for (TheoryCode code : category.codes()) {
                Set<String> words = stems(code.label(), t);
                if (!words.isEmpty()) {
                    result.add(words);
                }
            }
            return result;
        });
    }

    private Set<String> stems(String text, Tongue tongue) {
        Set<String> stems = new HashSet<>();
        for (Token token : tokenizer.tokenize(text, LanguageProfile.of(tongue), Set.of())) {
            if (token.canEdgePhrase()) {
                stems.add(token.stem());
            }
        }
        return stems;
    }
}
