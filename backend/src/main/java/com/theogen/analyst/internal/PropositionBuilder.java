package com.theogen.analyst.internal;

import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmModel.CueEvidence;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.TheoryRequest.CategoryPair;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Propositions from co-coded categories (ADR 007, ADR 029). Category pairs are taken in order of shared
 * fragments (ties: the graph's co-occurrence weight, then names). Each pair is joined by the third category most
 * present in its shared fragments; the three are ordered by paradigm position (conditions before the central
 * category, strategies and consequences last) and the last becomes the outcome. The fragments cited are those
 * coded with all three; the mechanism is a verbatim causal-cue sentence from them, never one another proposition
 * already cites. Without a third category, or without an unused causal sentence where all three meet, the pair
 * alone is tried. A group without an unused causal sentence yields no proposition. The text keeps the "If X and Y,
 * then Z, because M" form the theory requires (DESIGN.md) but states only what the data shows — the categories are
 * coded together in so many fragments and interviews, and where they meet a participant gives a reason with a named
 * marker — and does not repeat the quote, which is shown with it.
 */
final class PropositionBuilder {

    static final int MAX_PROPOSITIONS = 10;

    private record Pair(UUID a, UUID b, int shared, double weight) {}

    private PropositionBuilder() {}

    static List<Proposition> build(TheoryData data, ParadigmModel paradigm) {
        List<Proposition> propositions = new ArrayList<>();
        Set<Set<UUID>> used = new HashSet<>();
        Set<String> usedMechanisms = new HashSet<>();
        for (Pair pair : pairs(data)) {
            if (propositions.size() == MAX_PROPOSITIONS) {
                break;
            }
            UUID third = thirdCategory(data, pair);
            Proposition proposition = third == null
                    ? null
                    : proposition(data, paradigm, List.of(pair.a(), pair.b(), third), used, usedMechanisms);
            if (proposition == null) {
                proposition = proposition(data, paradigm, List.of(pair.a(), pair.b()), used, usedMechanisms);
            }
            if (proposition != null) {
                propositions.add(proposition);
                Set<UUID> members = new HashSet<>(proposition.conditionCategoryIds());
                members.add(proposition.outcomeCategoryId());
                used.add(members);
                CueEvidence m = proposition.mechanism();
                usedMechanisms.add(m.quote().fragmentId() + "@" + m.quote().start());
            }
        }
        return propositions;
    }

    private static List<Pair> pairs(TheoryData data) {
        Map<Set<UUID>, Double> weights = new HashMap<>();
        for (CategoryPair p : data.request().coOccurrences()) {
            weights.put(Set.of(p.first(), p.second()), p.weight());
        }
        List<TheoryCategory> categories = data.categories();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = i + 1; j < categories.size(); j++) {
                UUID a = categories.get(i).categoryId();
                UUID b = categories.get(j).categoryId();
                int shared = data.sharedFragments(List.of(a, b)).size();
                if (shared > 0 && !a.equals(b)) {
                    pairs.add(new Pair(a, b, shared, weights.getOrDefault(Set.of(a, b), 0.0)));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.shared())
                .thenComparingDouble(p -> -p.weight())
                .thenComparing(p ->
                        data.category(p.a()).name() + "|" + data.category(p.b()).name()));
        return pairs;
    }

    private static UUID thirdCategory(TheoryData data, Pair pair) {
        List<UUID> shared = data.sharedFragments(List.of(pair.a(), pair.b()));
        UUID best = null;
        int bestCount = 0;
        for (TheoryCategory category : data.categories()) {
            UUID id = category.categoryId();
            if (!id.equals(pair.a()) && !id.equals(pair.b())) {
                int count = (int)
                        shared.stream().filter(data.fragmentsOf(id)::contains).count();
                if (count > bestCount) {
                    best = id;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static Proposition proposition(
            TheoryData data,
            ParadigmModel paradigm,
            List<UUID> group,
            Set<Set<UUID>> used,
            Set<String> usedMechanisms) {
        if (used.contains(new HashSet<>(group))) {
            return null;
        }
        List<UUID> fragments = data.sharedFragments(group);
        CueEvidence mechanism = mechanism(data, fragments, usedMechanisms);
        if (fragments.isEmpty() || mechanism == null) {
            return null;
        }
        List<UUID> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((UUID id) -> position(paradigm, id))
                .thenComparing(id -> data.category(id).name()));
        UUID outcome = ordered.get(ordered.size() - 1);
        List<UUID> conditions = ordered.subList(0, ordered.size() - 1);
        String text = text(data, conditions, outcome, mechanism, fragments);
        return new Proposition(text, conditions, outcome, fragments, mechanism, GeneratedBy.OFFLINE);
    }

    /** Conditions (causal, context, intervening) come first, the central category next, then actions and results. */
    private static int position(ParadigmModel paradigm, UUID id) {
        if (id.equals(paradigm.centralCategoryId())) {
            return 3;
        }
        return paradigm.roleOf(id)
                .map(role -> switch (role) {
                    case CAUSAL_CONDITION -> 0;
                    case CONTEXT -> 1;
                    case INTERVENING_CONDITION -> 2;
                    case STRATEGY -> 4;
                    case CONSEQUENCE -> 5;
                })
                .orElse(2);
    }

    /** The first causal-cue sentence of the fragments not already cited by a proposition, or null. */
    private static CueEvidence mechanism(TheoryData data, List<UUID> fragments, Set<String> usedMechanisms) {
        String causal = ParadigmRole.CAUSAL_CONDITION.code();
        for (UUID fragment : fragments) {
            for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                CueLexicon.Match cue = sentence.first(causal);
                if (cue != null) {
                    CueEvidence evidence = sentence.evidence(cue);
                    if (!usedMechanisms.contains(
                            fragment + "@" + evidence.quote().start())) {
                        return evidence;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The offline analyst knows that the categories are coded together, where, and that a participant gave a reason
     * there; the wording says exactly that, names the marker and leaves the quote to be shown once, under the text.
     */
    private static String text(
            TheoryData data, List<UUID> conditions, UUID outcome, CueEvidence mechanism, List<UUID> fragments) {
        Language language = data.request().language();
        List<String> names = conditions.stream()
                .map(id -> Phrasing.quote(data.category(id).name(), language))
                .toList();
        String z = Phrasing.quote(data.category(outcome).name(), language);
        Set<UUID> interviews = new HashSet<>();
        fragments.stream().map(data::fragment).filter(f -> f != null).forEach(f -> interviews.add(f.interviewId()));
        String cue = Phrasing.quote(mechanism.cue(), language);
        if (language == Language.ES) {
            String condition =
                    names.size() == 1 ? "se codifica " + names.get(0) : "se codifican " + String.join(" y ", names);
            return "Si " + condition + ", entonces " + z + " tiende a codificarse también (juntas en "
                    + Phrasing.count(fragments.size(), "fragmento", "fragmentos") + " de "
                    + Phrasing.count(interviews.size(), "entrevista", "entrevistas")
                    + "), porque donde coinciden un participante da una razón (" + cue + ").";
        }
        String condition = names.size() == 1 ? names.get(0) + " is coded" : String.join(" and ", names) + " are coded";
        return "If " + condition + ", then " + z + " tends to be coded too (together in "
                + Phrasing.count(fragments.size(), "fragment", "fragments") + " from "
                + Phrasing.count(interviews.size(), "interview", "interviews")
                + "), because where they meet a participant gives a reason (" + cue + ").";
    }
}
