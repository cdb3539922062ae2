package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Central category = argmax of centrality × coverage × (0.25 + 0.75 × process character) (ADR 007, ADR 043).
 * Centrality is the mean of PageRank and weighted degree, each divided by the project maximum; coverage is the
 * interview coverage from the metrics (or, when a category has no metrics, the share of interviews its fragments
 * come from). The process character, in [0, 1], says how far the category names a process or phenomenon rather
 * than a role, person or place ({@link ConceptKind}): half from its name, half from its codes weighted by their
 * fragments. A core category explains what participants go through; "Social worker" or "Hospital" may be central
 * in the network but is an actor of the story, so it is kept only when nothing else is nearly as central and
 * frequent. Ties go to more fragments, then to the name.
 */
final class CentralCategorySelector {

    /** The share of the score a category of roles, people and places keeps. */
    static final double ACTOR_FLOOR = 0.25;

    private CentralCategorySelector() {}

    static CentralCategory choose(TheoryData data) {
        List<TheoryCategory> categories = data.categories();
        if (categories.isEmpty()) {
            throw new DomainException(
                    ErrorCategory.INVALID_INPUT,
                    "INSUFFICIENT_CATEGORIES",
                    "A theory needs at least one category",
                    Map.of("categories", 0));
        }
        Map<UUID, CategoryMetrics> metrics = new HashMap<>();
        data.request().metrics().forEach(m -> metrics.put(m.categoryId(), m));
        double maxPageRank = metrics.values().stream()
                .mapToDouble(CategoryMetrics::pageRank)
                .max()
                .orElse(0);
        double maxWeighted = metrics.values().stream()
                .mapToDouble(CategoryMetrics::weightedDegree)
                .max()
                .orElse(0);
        List<CentralCategory.Score> scores = new ArrayList<>();
        Map<UUID, Double> processCharacter = new HashMap<>();
        Map<UUID, Double> plain = new HashMap<>();
        Set<String> actors = ConceptKind.actorWords(
                data.request().actors(), Tongue.of(data.request().language()));
        for (TheoryCategory category : categories) {
            CategoryMetrics m = metrics.get(category.categoryId());
            double centrality =
                    m == null ? 0 : (ratio(m.pageRank(), maxPageRank) + ratio(m.weightedDegree(), maxWeighted)) / 2;
            double coverage = m != null
                    ? m.interviewCoverage()
                    : ratio(data.interviewsOf(category.categoryId()).size(), data.interviewCount());
            double character = processCharacter(data, category, actors);
            processCharacter.put(category.categoryId(), round(character));
            plain.put(category.categoryId(), centrality * coverage);
            scores.add(new CentralCategory.Score(
                    category.categoryId(),
                    category.name(),
                    round(centrality),
                    round(coverage),
                    round(centrality * coverage * (ACTOR_FLOOR + (1 - ACTOR_FLOOR) * character))));
        }
        scores.sort(Comparator.comparingDouble((CentralCategory.Score s) -> -s.score())
                .thenComparing(s -> -data.fragmentsOf(s.categoryId()).size())
                .thenComparing(CentralCategory.Score::name));
        CentralCategory.Score best = scores.get(0);
        CentralCategory.Score mostCentral = scores.stream()
                .max(Comparator.comparingDouble((CentralCategory.Score s) -> plain.get(s.categoryId()))
                        .thenComparing(s -> -scores.indexOf(s)))
                .orElse(best);
        String why = why(
                best,
                scores.size() > 1 ? scores.get(1) : null,
                metrics.get(best.categoryId()),
                data,
                processCharacter,
                mostCentral.categoryId().equals(best.categoryId()) ? null : mostCentral);
        return new CentralCategory(best.categoryId(), best.name(), best.score(), why, scores, GeneratedBy.OFFLINE);
    }

    /**
     * Half the kind of the name, half the kinds of the codes weighted by their fragments: 0 for a category of roles,
     * people and places, 1 for one of processes and experiences.
     */
    static double processCharacter(TheoryData data, TheoryCategory category, Set<String> actors) {
        double weighted = 0;
        int total = 0;
        Map<Tongue, Integer> tongues = new HashMap<>();
        for (TheoryCode code : category.codes()) {
            Tongue tongue = tongueOf(data, code.fragmentIds());
            tongues.merge(tongue, code.fragmentIds().size(), Integer::sum);
            int n = Math.max(1, code.fragmentIds().size());
            weighted += n * ConceptKind.of(code.label(), tongue, actors).weight();
            total += n;
        }
        Tongue main = tongues.entrySet().stream()
                .max(Map.Entry.<Tongue, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(Tongue.of(data.request().language()));
        double name = ConceptKind.of(category.name(), main, actors).weight();
        return total == 0 ? name : (name + weighted / total) / 2;
    }

    private static Tongue tongueOf(TheoryData data, List<UUID> fragments) {
        Map<Tongue, Integer> counts = new HashMap<>();
        for (UUID id : fragments) {
            AnalystFragment fragment = data.fragment(id);
            if (fragment != null) {
                counts.merge(Tongue.of(fragment.language()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Tongue, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(Tongue.of(data.request().language()));
    }

    private static String why(
            CentralCategory.Score best,
            CentralCategory.Score runnerUp,
            CategoryMetrics m,
            TheoryData data,
            Map<UUID, Double> character,
            CentralCategory.Score passedOver) {
        Language language = data.request().language();
        boolean es = language == Language.ES;
        int interviews = data.interviewsOf(best.categoryId()).size();
        String name = Phrasing.quote(best.name(), language);
        StringBuilder text = new StringBuilder();
        if (es) {
            text.append(name)
                    .append(" es la categoría central: centralidad ")
                    .append(Phrasing.decimal(best.centrality(), language));
            if (m != null) {
                text.append(" (PageRank ")
                        .append(Phrasing.decimal(m.pageRank(), language))
                        .append(", grado ponderado ")
                        .append(Phrasing.decimal(m.weightedDegree(), language))
                        .append(')');
            }
            text.append(", presente en ")
                    .append(interviews)
                    .append(" de ")
                    .append(data.interviewCount())
                    .append(" entrevistas (cobertura ")
                    .append(Phrasing.percent(best.coverage()))
                    .append("), carácter de proceso ")
                    .append(Phrasing.decimal(character.get(best.categoryId()), language))
                    .append(" (cuánto nombran sus códigos procesos y vivencias en lugar de personas, roles o lugares)")
                    .append("; puntuación ")
                    .append(Phrasing.decimal(best.score(), language))
                    .append(" = centralidad × cobertura × (0,25 + 0,75 × carácter de proceso)");
            if (runnerUp != null) {
                text.append(" frente a ")
                        .append(Phrasing.decimal(runnerUp.score(), language))
                        .append(" de ")
                        .append(Phrasing.quote(runnerUp.name(), language));
            }
        } else {
            text.append(name)
                    .append(" is the central category: centrality ")
                    .append(Phrasing.decimal(best.centrality(), language));
            if (m != null) {
                text.append(" (PageRank ")
                        .append(Phrasing.decimal(m.pageRank(), language))
                        .append(", weighted degree ")
                        .append(Phrasing.decimal(m.weightedDegree(), language))
                        .append(')');
            }
            text.append(", present in ")
                    .append(interviews)
                    .append(" of ")
                    .append(data.interviewCount())
                    .append(" interviews (coverage ")
                    .append(Phrasing.percent(best.coverage()))
                    .append("), process character ")
                    .append(Phrasing.decimal(character.get(best.categoryId()), language))
                    .append(" (how far its codes name processes and experiences rather than people, roles or places)")
                    .append("; score ")
                    .append(Phrasing.decimal(best.score(), language))
                    .append(" = centrality × coverage × (0.25 + 0.75 × process character)");
            if (runnerUp != null) {
                text.append(" against ")
                        .append(Phrasing.decimal(runnerUp.score(), language))
                        .append(" for ")
                        .append(Phrasing.quote(runnerUp.name(), language));
            }
        }
        text.append('.');
        if (passedOver != null) {
            String other = Phrasing.quote(passedOver.name(), language);
            double otherCharacter = character.get(passedOver.categoryId());
            String c = Phrasing.decimal(otherCharacter, language);
            String plain = Phrasing.decimal(round(passedOver.centrality() * passedOver.coverage()), language);
            if (es) {
                text.append(" ")
                        .append(other)
                        .append(" tiene más centralidad × cobertura (")
                        .append(plain)
                        .append(") pero menos carácter de proceso (")
                        .append(c)
                        .append(')');
                text.append(
                        otherCharacter < 0.5
                                ? ": nombra sobre todo personas, roles o lugares, y la categoría central de una teoría"
                                        + " fundamentada es un proceso o fenómeno; los actores forman parte de sus condiciones."
                                : ".");
            } else {
                text.append(" ")
                        .append(other)
                        .append(" has more centrality × coverage (")
                        .append(plain)
                        .append(") but less process character (")
                        .append(c)
                        .append(')');
                text.append(
                        otherCharacter < 0.5
                                ? ": it mostly names people, roles or places, and the core category of a grounded theory is a"
                                        + " process or phenomenon; actors belong to its conditions."
                                : ".");
            }
        }
        return text.toString();
    }

    private static double ratio(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
