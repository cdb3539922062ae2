package com.theogen.analyst.internal;

import com.theogen.analyst.SaturationReport.Gap;
import com.theogen.analyst.SaturationReport.SamplingStep;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Theoretical sampling from the gaps: for each weak category (most gaps first, at most
 * {@link #MAX_CATEGORY_STEPS}), the domain actor whose name is most echoed in the category's fragments —
 * or, when none is, the next actor in turn — and what to explore with them; one step for the missing
 * paradigm components; one for a missing plateau.
 */
final class SamplingPlanner {

    static final int MAX_CATEGORY_STEPS = 5;

    private SamplingPlanner() {}

    static List<SamplingStep> plan(TheoryData data, List<Gap> gaps) {
        Language language = data.request().language();
        boolean es = language == Language.ES;
        List<String> actors = data.request().actors().isEmpty()
                ? List.of(es ? "participantes" : "participants")
                : data.request().actors();
        Map<UUID, Integer> weak = new LinkedHashMap<>();
        gaps.stream().filter(g -> g.categoryId() != null).forEach(g -> weak.merge(g.categoryId(), 1, Integer::sum));
        List<UUID> ordered = weak.keySet().stream()
                .sorted((a, b) -> weak.get(b) - weak.get(a) != 0
                        ? weak.get(b) - weak.get(a)
                        : data.category(a).name().compareTo(data.category(b).name()))
                .limit(MAX_CATEGORY_STEPS)
                .toList();
        List<SamplingStep> steps = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            UUID id = ordered.get(i);
            String actor = actorFor(data, id, actors, i);
            String name = Phrasing.quote(data.category(id).name(), language);
            int seen = data.interviewsOf(id).size();
            int fragments = data.fragmentsOf(id).size();
            String focus = es
                    ? "Profundizar en " + name + " (hoy en " + seen + " de " + data.interviewCount() + " entrevistas, "
                            + Phrasing.count(fragments, "fragmento", "fragmentos")
                            + "): buscar casos en que esté presente y en que falte, y preguntar qué la provoca y a qué lleva."
                    : "Explore " + name + " (now in " + seen + " of " + data.interviewCount() + " interviews, "
                            + Phrasing.count(fragments, "fragment", "fragments")
                            + "): look for cases where it is present and where it is absent, and ask what brings it about and what it leads to.";
            steps.add(new SamplingStep(actor, focus, List.of(id)));
        }
        List<String> missing = gaps.stream()
                .filter(g ->
                        g.kind().equals(GapFinder.MISSING_COMPONENT) || g.kind().equals(GapFinder.NO_CONSEQUENCES))
                .map(Gap::description)
                .toList();
        if (!missing.isEmpty()) {
            steps.add(new SamplingStep(
                    actors.get(ordered.size() % actors.size()),
                    (es
                                    ? "Preguntar por lo que falta en el modelo paradigmático: "
                                    : "Ask about what the paradigm model lacks: ")
                            + String.join(" ", missing),
                    List.of()));
        }
        if (gaps.stream().anyMatch(g -> g.kind().equals(GapFinder.NOT_SATURATED))) {
            steps.add(new SamplingStep(
                    actors.get((ordered.size() + 1) % actors.size()),
                    es
                            ? "Seguir entrevistando a perfiles distintos hasta que una entrevista no aporte códigos nuevos."
                            : "Keep interviewing different profiles until an interview adds no new codes.",
                    List.of()));
        }
        return steps;
    }

    /** The actor whose words occur most in the category's fragments; ties and no echo fall back to turn order. */
    private static String actorFor(TheoryData data, UUID categoryId, List<String> actors, int turn) {
        String best = actors.get(turn % actors.size());
        int bestCount = 0;
        for (String actor : actors) {
            Set<String> words = new HashSet<>();
            for (String word : actor.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() > 3) {
                    words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
                }
            }
            int count = 0;
            for (UUID fragment : data.fragmentsOf(categoryId)) {
                String text = data.fragment(fragment).text().toLowerCase(Locale.ROOT);
                for (String word : words) {
                    count += text.contains(word) ? 1 : 0;
                }
            }
            if (count > bestCount) {
                best = actor;
                bestCount = count;
            }
        }
        return best;
    }
}
