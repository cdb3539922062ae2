package com.theogen.analyst.internal;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmModel.Component;
import com.theogen.analyst.ParadigmModel.CueEvidence;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Classifies each non-central category into a paradigm role by cue phrases in its fragments (ADR 007), counting
 * only the sentences that mention the category (ADR 043: a "because" two sentences away from a category says nothing
 * about it).
 * For each role, the share of the category's sentences carrying a cue of that role is divided by the same
 * share over all coded sentences (lift), so ubiquitous cues such as "porque" do not make everything
 * causal. Roles are then assigned greedily by lift, first giving each role one category with lift ≥
 * {@link #COVERAGE_LIFT} (so the model has every component the data supports), then giving every other
 * category its best role. A category whose fragments carry no cue is left unclassified.
 */
final class ParadigmBuilder {

    static final double COVERAGE_LIFT = 0.75;
    static final int EVIDENCE_PER_COMPONENT = 3;

    private record Fit(UUID categoryId, ParadigmRole role, int sentences, double lift) {}

    private ParadigmBuilder() {}

    static ParadigmModel build(TheoryData data, CentralCategory central) {
        data.category(central.categoryId());
        List<TheoryCategory> others = data.categories().stream()
                .filter(c -> !c.categoryId().equals(central.categoryId()))
                .toList();
        Map<UUID, Map<ParadigmRole, Integer>> counts = new LinkedHashMap<>();
        Map<UUID, Integer> sentenceTotals = new HashMap<>();
        Mentions mentions = NamedMentions.of(data);
        for (TheoryCategory category : others) {
            Map<ParadigmRole, Integer> perRole = new EnumMap<>(ParadigmRole.class);
            int total = 0;
            for (UUID fragment : data.fragmentsOf(category.categoryId())) {
                for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                    if (mentions.count(sentence, List.of(category.categoryId())) == 0) {
                        continue;
                    }
                    total++;
                    for (ParadigmRole role : ParadigmRole.values()) {
                        if (sentence.has(role.code())) {
                            perRole.merge(role, 1, Integer::sum);
                        }
                    }
                }
            }
            counts.put(category.categoryId(), perRole);
            sentenceTotals.put(category.categoryId(), total);
        }
        Map<UUID, ParadigmRole> roles = assign(fits(counts, sentenceTotals, baseline(data)));
        List<Component> components = new ArrayList<>();
        List<UUID> unclassified = new ArrayList<>();
        for (TheoryCategory category : others) {
            ParadigmRole role = roles.get(category.categoryId());
            if (role == null) {
                unclassified.add(category.categoryId());
            } else {
                components.add(new Component(
                        category.categoryId(),
                        category.name(),
                        role,
                        counts.get(category.categoryId()),
                        evidence(data, category.categoryId(), role.code(), EVIDENCE_PER_COMPONENT, mentions)));
            }
        }
        components.sort(Comparator.comparing(Component::role)
                .thenComparing(c -> -support(c))
                .thenComparing(Component::name));
        return new ParadigmModel(
                central.categoryId(),
                components,
                unclassified,
                ConsequenceTyper.consequences(data, central.categoryId(), components),
                GeneratedBy.OFFLINE);
    }

    /**
     * How many sentences back a component's role: the sentences of the category that mention it by name and carry a
     * cue of that role. Within a role the best-supported come first; a report shows the first {@link #SHOWN_PER_ROLE}.
     */
    static int support(Component component) {
        return component.cueSentences().getOrDefault(component.role(), 0);
    }

    /**
     * Components a report shows per paradigm role (ADR 059): a box of eleven causal conditions, most resting on one
     * sentence, reads as a list of words; the best-supported four and the number of the others read as an analysis.
     * The theory pipeline applies the same bound to its paradigm ({@code ParadigmStage}).
     */
    static final int SHOWN_PER_ROLE = 4;

    /**
     * The components a report shows: the first {@link #SHOWN_PER_ROLE} of each condition and strategy role, in model
     * order, and every consequence (consequences are listed on their own, at most
     * {@link ConsequenceTyper#MAX_CONSEQUENCES}).
     */
    static List<Component> shown(ParadigmModel paradigm) {
        Map<ParadigmRole, Integer> seen = new EnumMap<>(ParadigmRole.class);
        return paradigm.components().stream()
                .filter(c ->
                        c.role() == ParadigmRole.CONSEQUENCE || seen.merge(c.role(), 1, Integer::sum) <= SHOWN_PER_ROLE)
                .toList();
    }

    /** Share of all coded sentences that carry each role's cue. */
    private static Map<ParadigmRole, Double> baseline(TheoryData data) {
        Map<UUID, Boolean> seen = new HashMap<>();
        Map<ParadigmRole, Integer> hits = new EnumMap<>(ParadigmRole.class);
        int total = 0;
        for (TheoryCategory category : data.categories()) {
            for (UUID fragment : data.fragmentsOf(category.categoryId())) {
                if (seen.putIfAbsent(fragment, true) == null) {
                    for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                        total++;
                        for (ParadigmRole role : ParadigmRole.values()) {
                            if (sentence.has(role.code())) {
                                hits.merge(role, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        Map<ParadigmRole, Double> rates = new EnumMap<>(ParadigmRole.class);
        for (ParadigmRole role : ParadigmRole.values()) {
            rates.put(role, total == 0 ? 0 : hits.getOrDefault(role, 0) / (double) total);
        }
        return rates;
    }

    private static List<Fit> fits(
            Map<UUID, Map<ParadigmRole, Integer>> counts, Map<UUID, Integer> totals, Map<ParadigmRole, Double> base) {
        List<Fit> fits = new ArrayList<>();
        counts.forEach((category, perRole) -> perRole.forEach((role, n) -> {
            double share = n / (double) totals.get(category);
            double rate = base.get(role);
            fits.add(new Fit(category, role, n, rate == 0 ? 0 : share / rate));
        }));
        fits.sort(Comparator.comparingDouble((Fit f) -> -f.lift())
                .thenComparing(f -> -f.sentences())
                .thenComparing(f -> f.role().ordinal())
                .thenComparing(Fit::categoryId));
        return fits;
    }

    private static Map<UUID, ParadigmRole> assign(List<Fit> fits) {
        Map<UUID, ParadigmRole> roles = new HashMap<>();
        Map<ParadigmRole, Boolean> filled = new EnumMap<>(ParadigmRole.class);
        for (Fit fit : fits) {
            if (fit.lift() >= COVERAGE_LIFT
                    && !filled.containsKey(fit.role())
                    && !roles.containsKey(fit.categoryId())) {
                roles.put(fit.categoryId(), fit.role());
                filled.put(fit.role(), true);
            }
        }
        for (Fit fit : fits) {
            roles.putIfAbsent(fit.categoryId(), fit.role());
        }
        return roles;
    }

    /**
     * The category's sentences with a cue of {@code section} that mention the category (ADR 043): most cues first,
     * then in fragment order.
     */
    static List<CueEvidence> evidence(TheoryData data, UUID categoryId, String section, int limit, Mentions mentions) {
        List<TheoryData.Sentence> candidates = new ArrayList<>();
        for (UUID fragment : data.fragmentsOf(categoryId)) {
            data.sentencesOf(fragment).stream()
                    .filter(s -> s.has(section) && mentions.count(s, List.of(categoryId)) > 0)
                    .forEach(candidates::add);
        }
        List<TheoryData.Sentence> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingLong((TheoryData.Sentence s) -> -s.cues().stream()
                        .filter(c -> c.section().equals(section))
                        .count())
                .thenComparingInt(candidates::indexOf));
        return ranked.stream()
                .limit(limit)
                .map(s -> {
                    CueLexicon.Match cue = s.first(section);
                    return s.evidence(cue);
                })
                .toList();
    }
}
