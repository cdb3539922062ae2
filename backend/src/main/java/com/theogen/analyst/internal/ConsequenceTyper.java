package com.theogen.analyst.internal;

import com.theogen.analyst.ParadigmModel.Component;
import com.theogen.analyst.ParadigmModel.Consequence;
import com.theogen.analyst.ParadigmModel.ConsequenceType;
import com.theogen.analyst.ParadigmModel.CueEvidence;
import com.theogen.analyst.ParadigmModel.Horizon;
import com.theogen.analyst.ParadigmRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Types consequences (ADR 007). Every sentence with a consequence cue in a consequence category is typed
 * by the lexicon words it contains — money, salary, job: material; family, friends, relationship: social;
 * services, employer, law: institutional — and the best-supported sentence of each type is kept. Its
 * horizon is long term when it carries a long-term cue ("años", "pension", "for good"), otherwise short
 * term. When no category plays the consequence role, consequence sentences of the other categories are
 * used instead, so the model still reports what participants say things led to.
 */
final class ConsequenceTyper {

    private static final int FALLBACK_CONSEQUENCES = 3;

    private ConsequenceTyper() {}

    static List<Consequence> consequences(TheoryData data, List<Component> components) {
        List<Component> sources = components.stream()
                .filter(c -> c.role() == ParadigmRole.CONSEQUENCE)
                .toList();
        boolean fallback = sources.isEmpty();
        List<Consequence> result = new ArrayList<>();
        for (Component component : fallback ? components : sources) {
            Map<ConsequenceType, Consequence> byType = new EnumMap<>(ConsequenceType.class);
            for (UUID fragment : data.fragmentsOf(component.categoryId())) {
                for (TheoryData.Sentence sentence : data.sentencesOf(fragment)) {
                    CueLexicon.Match cue = sentence.first(ParadigmRole.CONSEQUENCE.code());
                    ConsequenceType type = cue == null ? null : typeOf(sentence);
                    if (type != null && !byType.containsKey(type)) {
                        Horizon horizon = sentence.has("long_term") ? Horizon.LONG_TERM : Horizon.SHORT_TERM;
                        CueEvidence evidence = sentence.evidence(cue);
                        byType.put(
                                type,
                                new Consequence(component.categoryId(), component.name(), type, horizon, evidence));
                    }
                }
            }
            result.addAll(byType.values());
        }
        return fallback ? result.stream().limit(FALLBACK_CONSEQUENCES).toList() : result;
    }

    /** The type whose words the sentence contains most; ties in material, social, institutional order. */
    private static ConsequenceType typeOf(TheoryData.Sentence sentence) {
        Map<String, Integer> counts = CueLexicon.countBySection(sentence.cues());
        ConsequenceType best = null;
        int bestCount = 0;
        for (ConsequenceType type : ConsequenceType.values()) {
            int n = counts.getOrDefault(type.code(), 0);
            if (n > bestCount) {
                best = type;
                bestCount = n;
            }
        }
        return best;
    }
}
