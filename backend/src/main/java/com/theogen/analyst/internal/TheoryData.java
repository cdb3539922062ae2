package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.Quote;
import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A theory request indexed for the stages: fragments by id (interviewer turns left out), each category's
 * fragments in request order, interviews per category, and the cue-bearing sentences of each fragment.
 */
final class TheoryData {

    /** A sentence {@code [start, end)} of a fragment with the cues found in it (spans in fragment offsets). */
    record Sentence(AnalystFragment fragment, int start, int end, List<CueLexicon.Match> cues) {

        /** The verbatim quote carrying {@code cue}: the sentence, or the clauses around the cue if long. */
        Quote quoteFor(CueLexicon.Match cue) {
            return Sentences.quoteAround(fragment.fragmentId(), fragment.text(), cue.start(), cue.end());
        }

        /** {@code cue} as the participant said it (the lexicon matches ignoring case and accents) with its quote. */
        com.theogen.analyst.ParadigmModel.CueEvidence evidence(CueLexicon.Match cue) {
            return new com.theogen.analyst.ParadigmModel.CueEvidence(
                    fragment.text().substring(cue.start(), cue.end()), quoteFor(cue));
        }

        boolean has(String section) {
            return cues.stream().anyMatch(c -> c.section().equals(section));
        }

        CueLexicon.Match first(String section) {
            return cues.stream()
                    .filter(c -> c.section().equals(section))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final TheoryRequest request;
    private final Map<UUID, AnalystFragment> fragments = new LinkedHashMap<>();
    private final Map<UUID, Integer> order = new HashMap<>();
    private final Map<UUID, Set<UUID>> categoryFragments = new LinkedHashMap<>();
    private final Map<UUID, List<Sentence>> sentences = new HashMap<>();
    private Map<UUID, Tongue> tongues;

    TheoryData(TheoryRequest request) {
        this.request = request;
        for (AnalystFragment fragment : request.fragments()) {
            if (!fragment.interviewer()) {
                order.put(fragment.fragmentId(), fragments.size());
                fragments.put(fragment.fragmentId(), fragment);
            }
        }
        for (TheoryCategory category : request.categories()) {
            Set<UUID> ids = new TreeSet<>(Comparator.comparingInt(order::get));
            category.codes().forEach(code -> code.fragmentIds().stream()
                    .filter(fragments::containsKey)
                    .forEach(ids::add));
            categoryFragments.put(category.categoryId(), new LinkedHashSet<>(ids));
        }
    }

    TheoryRequest request() {
        return request;
    }

    List<TheoryCategory> categories() {
        return request.categories();
    }

    TheoryCategory category(UUID id) {
        return request.categories().stream()
                .filter(c -> c.categoryId().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> DomainException.invalid("UNKNOWN_CATEGORY", "Category " + id + " is not in the request"));
    }

    Set<UUID> fragmentsOf(UUID categoryId) {
        return categoryFragments.getOrDefault(categoryId, Set.of());
    }

    /** Fragments coded with every given category, in request order. */
    List<UUID> sharedFragments(List<UUID> categoryIds) {
        List<UUID> shared = new ArrayList<>(fragmentsOf(categoryIds.get(0)));
        categoryIds.subList(1, categoryIds.size()).forEach(id -> shared.retainAll(fragmentsOf(id)));
        return shared;
    }

    Set<UUID> interviewsOf(UUID categoryId) {
        Set<UUID> interviews = new TreeSet<>();
        fragmentsOf(categoryId).forEach(f -> interviews.add(fragments.get(f).interviewId()));
        return interviews;
    }

    /** Interviews of the project: the given order, plus any interview seen only in fragments. */
    int interviewCount() {
        Set<UUID> all = new LinkedHashSet<>(request.interviewOrder());
        fragments.values().forEach(f -> all.add(f.interviewId()));
        return all.size();
    }

    AnalystFragment fragment(UUID id) {
        return fragments.get(id);
    }

    List<Sentence> sentencesOf(UUID fragmentId) {
        return sentences.computeIfAbsent(fragmentId, id -> split(fragments.get(id), tongueOf(fragments.get(id))));
    }

    /**
     * The language the fragment's interview is spoken in (stored, or detected once for the request), so a French turn
     * in a Spanish project is read with French cues.
     */
    private Tongue tongueOf(AnalystFragment fragment) {
        if (tongues == null) {
            tongues = InterviewLanguages.detect(fragments.values());
        }
        return tongues.getOrDefault(fragment.interviewId(), Tongue.of(fragment.language()));
    }

    private static List<Sentence> split(AnalystFragment fragment, Tongue tongue) {
        CueLexicon lexicon = CueLexicon.of(tongue);
        List<Sentence> result = new ArrayList<>();
        String text = fragment.text();
        for (int[] span : Sentences.spans(text)) {
            String sentence = text.substring(span[0], span[1]);
            List<CueLexicon.Match> cues = new ArrayList<>();
            for (CueLexicon.Match m : lexicon.find(sentence)) {
                cues.add(new CueLexicon.Match(m.section(), m.cue(), m.start() + span[0], m.end() + span[0]));
            }
            result.add(new Sentence(fragment, span[0], span[1], cues));
        }
        return result;
    }
}
