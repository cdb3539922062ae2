package com.theogen.analyst.internal;

import com.theogen.analyst.ParadigmModel.Component;
import com.theogen.analyst.ParadigmModel.Consequence;
import com.theogen.analyst.ParadigmModel.ConsequenceType;
import com.theogen.analyst.ParadigmModel.Horizon;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Consequences of the phenomenon, from what participants say things led to (ADR 007, ADR 057).
 *
 * <p>A consequence is read from a sentence that marks an outcome: a result marker ("so I", "that's why", "por eso",
 * "así que") or a consequence phrase ("ended up", "since then", "acabé", "desde entonces"). The outcome is what follows
 * the marker up to a causal one ("I lost it, because …" gives its reason after "because", not its outcome), and the consequence is the category named there (by its code labels, {@link Mentions}); the central
 * category itself is never its own consequence. Sentences of turns coded with the central category come first, so a
 * consequence follows the phenomenon where the data allow it. Categories the cue lift already made consequences are
 * typed first from their own consequence sentences, one per type. Otherwise at most one consequence per category; no
 * quote twice, at most
 * {@link #MAX_CONSEQUENCES}; a marker at the very start of a turn ("So, I'm forty-two") is a filler, not a result.
 *
 * <p>Each is typed by the lexicon words of the outcome — money, salary, job: material; family, friends: social;
 * services, employer, law: institutional — else of the whole sentence, else of the category's sentences; a sentence
 * whose category has no such word anywhere is left out rather than typed by guess. Its horizon is long term when the
 * sentence carries a long-term cue ("años", "for good", "since then"), otherwise short term. When no sentence marks an
 * outcome the list is empty, and {@link GapFinder} says so.
 */
final class ConsequenceTyper {

    static final int MAX_CONSEQUENCES = 5;

    private static final Set<String> OUTCOME_SECTIONS = Set.of("result", ParadigmRole.CONSEQUENCE.code());

    private ConsequenceTyper() {}

    static List<Consequence> consequences(TheoryData data, UUID centralId, List<Component> components) {
        List<Consequence> result = new ArrayList<>();
        Set<UUID> done = new HashSet<>();
        Set<String> quoted = new HashSet<>();
        for (Component component : components) {
            if (component.role() == ParadigmRole.CONSEQUENCE) {
                for (Consequence c : fromRole(data, component)) {
                    if (quoted.add(c.evidence().quote().text())) {
                        result.add(c);
                        done.add(component.categoryId());
                    }
                }
            }
        }
        Mentions mentions = NamedMentions.of(data);
        for (int strength = 0; strength < STRENGTHS; strength++) {
            for (UUID fragment : fragments(data, centralId)) {
                for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                    if (result.size() >= MAX_CONSEQUENCES) {
                        return result;
                    }
                    Consequence c = fromMarker(data, centralId, sentence, mentions, done, strength);
                    if (c != null && quoted.add(c.evidence().quote().text())) {
                        result.add(c);
                        done.add(c.categoryId());
                    }
                }
            }
        }
        return result;
    }

    private static final int STRENGTHS = 3;

    /**
     * How plainly a marker states an outcome: 0 for a consequence phrase or an unambiguous connective ("ended up",
     * "por eso", "as a result"), 1 for "so" inside a sentence, 2 for "So" opening one, which often only resumes the
     * story. Stronger markers are read first, so the few consequences kept are the plainest.
     */
    private static int strength(TheoryData.Sentence sentence, CueLexicon.Match marker) {
        if (!marker.cue().startsWith("so ")) {
            return 0;
        }
        return marker.start() == sentence.start() ? 2 : 1;
    }

    /** For each type, the first consequence sentence of a category the cue lift placed in the consequence role. */
    private static List<Consequence> fromRole(TheoryData data, Component component) {
        Map<ConsequenceType, Consequence> byType = new EnumMap<>(ConsequenceType.class);
        for (UUID fragment : data.fragmentsOf(component.categoryId())) {
            for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                CueLexicon.Match cue = sentence.first(ParadigmRole.CONSEQUENCE.code());
                ConsequenceType type = cue == null ? null : typeOf(sentence.cues());
                if (type != null) {
                    byType.putIfAbsent(
                            type,
                            new Consequence(
                                    component.categoryId(),
                                    component.name(),
                                    type,
                                    horizon(sentence),
                                    sentence.evidence(cue)));
                }
            }
        }
        return List.copyOf(byType.values());
    }

    /** Fragments of every category, those coded with the central category first, each in request order. */
    private static Set<UUID> fragments(TheoryData data, UUID centralId) {
        Set<UUID> ordered = new LinkedHashSet<>(data.fragmentsOf(centralId));
        data.categories().forEach(c -> ordered.addAll(data.fragmentsOf(c.categoryId())));
        return ordered;
    }

    private static Consequence fromMarker(
            TheoryData data,
            UUID centralId,
            TheoryData.Sentence sentence,
            Mentions mentions,
            Set<UUID> done,
            int strength) {
        CueLexicon.Match marker = sentence.cues().stream()
                .filter(c -> OUTCOME_SECTIONS.contains(c.section()))
                .filter(c -> !atTurnStart(sentence, c))
                .findFirst()
                .orElse(null);
        if (marker == null || marker.end() >= sentence.end() || strength(sentence, marker) != strength) {
            return null;
        }
        int end = sentence.cues().stream()
                .filter(c -> c.start() >= marker.end() && c.section().equals(ParadigmRole.CAUSAL_CONDITION.code()))
                .mapToInt(CueLexicon.Match::start)
                .findFirst()
                .orElse(sentence.end());
        List<CueLexicon.Match> after = sentence.cues().stream()
                .filter(c -> c.start() >= marker.end() && c.end() <= end)
                .toList();
        TheoryData.Sentence outcome = new TheoryData.Sentence(sentence.fragment(), marker.end(), end, after);
        UUID fragmentId = sentence.fragment().fragmentId();
        for (TheoryCategory category : data.categories()) {
            UUID id = category.categoryId();
            if (id.equals(centralId)
                    || done.contains(id)
                    || !data.fragmentsOf(id).contains(fragmentId)
                    || mentions.count(outcome, List.of(id)) == 0) {
                continue;
            }
            ConsequenceType type = typeOf(after);
            type = type != null ? type : typeOf(sentence.cues());
            type = type != null ? type : typeOf(data, id);
            if (type != null) {
                return new Consequence(id, category.name(), type, horizon(sentence), sentence.evidence(marker));
            }
        }
        return null;
    }

    /** "So, I'm forty-two" opens an answer; it does not draw a result from anything said before. */
    private static boolean atTurnStart(TheoryData.Sentence sentence, CueLexicon.Match cue) {
        return sentence.fragment().text().substring(0, cue.start()).isBlank();
    }

    private static Horizon horizon(TheoryData.Sentence sentence) {
        return sentence.has("long_term") ? Horizon.LONG_TERM : Horizon.SHORT_TERM;
    }

    /** The type whose words the category's sentences contain most. */
    private static ConsequenceType typeOf(TheoryData data, UUID categoryId) {
        List<CueLexicon.Match> cues = new ArrayList<>();
        data.fragmentsOf(categoryId).forEach(f -> data.sentencesOf(f).forEach(s -> cues.addAll(s.cues())));
        return typeOf(cues);
    }

    /** The type whose words the cues contain most; ties in material, social, institutional order; null without any. */
    private static ConsequenceType typeOf(List<CueLexicon.Match> cues) {
        Map<String, Integer> counts = CueLexicon.countBySection(cues);
        Map<ConsequenceType, Integer> byType = new EnumMap<>(ConsequenceType.class);
        ConsequenceType best = null;
        for (ConsequenceType type : ConsequenceType.values()) {
            int n = counts.getOrDefault(type.code(), 0);
            byType.put(type, n);
            if (n > 0 && (best == null || n > byType.get(best))) {
                best = type;
            }
        }
        return best;
    }
}
