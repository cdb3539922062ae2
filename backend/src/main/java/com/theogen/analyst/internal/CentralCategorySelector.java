package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Central category = argmax of centrality × coverage × (0.25 + 0.75 × process character) × coherence focus (ADR 007,
 * ADR 043, ADR 057).
 * Centrality is the mean of PageRank and weighted degree, each divided by the project maximum; coverage is the
 * interview coverage from the metrics (or, when a category has no metrics, the share of interviews its fragments
 * come from). The process character, in [0, 1], says how far the category names a process or phenomenon rather
 * than a role, person or place ({@link ConceptKind}): half from its name, half from its codes weighted by their
 * fragments. A core category explains what participants go through; "Social worker" or "Hospital" may be central
 * in the network but is an actor of the story, so it is kept only when nothing else is nearly as central and
 * frequent. Likewise a category of unlike codes (low coherence, {@link #focus}) is a broad theme that links to
 * everything because it covers so much; it keeps {@link #BROAD_FLOOR} of its score. Ties go to more fragments, then
 * to the name.
 */
final class CentralCategorySelector {

    /** The share of the score a category of roles, people and places keeps. */
    static final double ACTOR_FLOOR = 0.25;

    /** The share of the score a category of unrelated codes keeps (ADR 057). */
    static final double BROAD_FLOOR = 0.4;

    /** Coherence from which a category counts as one concept (the grouper's categories range about 0.1–0.6). */
    static final double COHERENT = 0.45;

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
        Map<UUID, Double> coherence = coherence(data);
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
                    round(centrality
                            * coverage
                            * (ACTOR_FLOOR + (1 - ACTOR_FLOOR) * character)
                            * focus(coherence.get(category.categoryId())))));
        }
        Map<UUID, Double> coverageOf = new HashMap<>();
        scores.forEach(s -> coverageOf.put(s.categoryId(), s.coverage()));
        double bar = coherenceBar(categories, coherence);
        Set<UUID> eligible = new java.util.HashSet<>();
        for (TheoryCategory category : categories) {
            UUID id = category.categoryId();
            if (eligible(category, coherence.get(id), coverageOf.get(id), processCharacter.get(id), bar)) {
                eligible.add(id);
            }
        }
        scores.sort(Comparator.comparing((CentralCategory.Score s) -> !eligible.contains(s.categoryId()))
                .thenComparingDouble(s -> -s.score())
                .thenComparing(s -> -data.fragmentsOf(s.categoryId()).size())
                .thenComparing(CentralCategory.Score::name));
        CentralCategory.Score best = scores.get(0);
        List<CentralCategory.Score> outscored = eligible.isEmpty()
                ? List.of()
                : scores.stream()
                        .filter(s -> !eligible.contains(s.categoryId()) && s.score() > best.score())
                        .toList();
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
                coherence,
                mostCentral.categoryId().equals(best.categoryId()) ? null : mostCentral,
                outscored,
                bar);
        return new CentralCategory(best.categoryId(), best.name(), best.score(), why, scores, GeneratedBy.OFFLINE);
    }

    /**
     * Whether a category may be the core (ADR 059): several codes that belong together (coherence ≥ {@link #COHERENT})
     * and present in at least half the interviews. A core names one phenomenon the whole study is about: a broad
     * theme of unlike codes, or a single code, is not one. When no category qualifies, every category may be chosen
     * (and the score's coherence focus still weighs against broad themes).
     */
    static boolean eligible(TheoryCategory category, double coherence, double coverage, double character, double bar) {
        return codes(category) >= 2 && coherence >= bar && coverage >= CORE_COVERAGE && character >= 0.5;
    }

    private static long codes(TheoryCategory category) {
        return category.codes().stream().map(TheoryCode::codeId).distinct().count();
    }

    /**
     * The coherence a core needs: {@link #COHERENT}, or the median coherence of the project's categories of several
     * codes when that is lower — the grouping's own scale, so "coherent" means at least as alike as a typical
     * category of this project, not a fixed number a loose grouping never reaches.
     */
    static double coherenceBar(List<TheoryCategory> categories, Map<UUID, Double> coherence) {
        double[] values = categories.stream()
                .filter(c -> codes(c) >= 2)
                .mapToDouble(c -> coherence.get(c.categoryId()))
                .sorted()
                .toArray();
        if (values.length == 0) {
            return COHERENT;
        }
        double median = values.length % 2 == 1
                ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return Math.min(COHERENT, median);
    }

    /** The share of interviews a core category must be present in (ADR 059). */
    static final double CORE_COVERAGE = 0.5;

    /**
     * How far a category's codes belong together, as a factor of its score: {@link #BROAD_FLOOR} for codes with
     * nothing in common, 1 from {@link #COHERENT} up. A category gathering "hermano", "brothers" and "nurse" is a broad
     * theme that every interview touches; it links everything because it means little, and a core category names one
     * phenomenon.
     */
    static double focus(double coherence) {
        return BROAD_FLOOR + (1 - BROAD_FLOOR) * Math.min(1, coherence / COHERENT);
    }

    /**
     * Mean pairwise similarity of each category's codes ({@link CodeSimilarity}: co-coding and shared words), 1 for a
     * category of one code: the coherence the grouper reports for the categories it makes.
     */
    static Map<UUID, Double> coherence(TheoryData data) {
        Map<UUID, Integer> index = new LinkedHashMap<>();
        List<AxialCode> codes = new ArrayList<>();
        for (TheoryCategory category : data.categories()) {
            for (TheoryCode code : category.codes()) {
                if (!index.containsKey(code.codeId())) {
                    index.put(code.codeId(), codes.size());
                    codes.add(new AxialCode(code.codeId(), code.label(), code.fragmentIds(), null));
                }
            }
        }
        List<AnalystFragment> fragments = data.request().fragments().stream()
                .filter(f -> !f.interviewer())
                .toList();
        double[][] similarity = codes.size() < 2 ? new double[0][0] : CodeSimilarity.matrix(codes, fragments);
        Map<UUID, Double> result = new HashMap<>();
        for (TheoryCategory category : data.categories()) {
            List<Integer> members = category.codes().stream()
                    .map(c -> index.get(c.codeId()))
                    .distinct()
                    .toList();
            result.put(category.categoryId(), AgglomerativeAxialGrouper.coherence(members, similarity));
        }
        return result;
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
            Map<UUID, Double> coherence,
            CentralCategory.Score passedOver,
            List<CentralCategory.Score> outscored,
            double bar) {
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
                    .append(", coherencia ")
                    .append(Phrasing.decimal(round(coherence.get(best.categoryId())), language))
                    .append(" (cuánto se parecen sus códigos)")
                    .append("; puntuación ")
                    .append(Phrasing.decimal(best.score(), language))
                    .append(" = centralidad × cobertura × (0,25 + 0,75 × carácter de proceso) × foco de la coherencia");
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
                    .append(", coherence ")
                    .append(Phrasing.decimal(round(coherence.get(best.categoryId())), language))
                    .append(" (how alike its codes are)")
                    .append("; score ")
                    .append(Phrasing.decimal(best.score(), language))
                    .append(" = centrality × coverage × (0.25 + 0.75 × process character) × coherence focus");
            if (runnerUp != null) {
                text.append(" against ")
                        .append(Phrasing.decimal(runnerUp.score(), language))
                        .append(" for ")
                        .append(Phrasing.quote(runnerUp.name(), language));
            }
        }
        text.append('.');
        text.append(links(data, best.categoryId(), language));
        if (!outscored.isEmpty()) {
            text.append(outscored(outscored, coherence, character, bar, language));
        } else if (passedOver != null) {
            text.append(passedOver(passedOver, character, coherence, language));
        }
        return text.toString();
    }

    /**
     * With how many other categories the core is coded in the same turns, said as what it is: a reading of the data
     * to be checked, not a finding.
     */
    private static String links(TheoryData data, UUID core, Language language) {
        int others = data.categories().size() - 1;
        long linked = data.categories().stream()
                .map(TheoryCategory::categoryId)
                .filter(id -> !id.equals(core)
                        && !data.sharedFragments(List.of(core, id)).isEmpty())
                .count();
        if (others == 0) {
            return "";
        }
        return language == Language.ES
                ? " Se propone como núcleo porque se codifica en los mismos turnos que " + linked + " de las otras "
                        + others + " categorías; es una lectura de los datos que conviene contrastar, no un hallazgo."
                : " It is put forward as the core because it is coded in the same turns as " + linked + " of the other "
                        + others + " categories; a reading of the data to be checked, not a finding.";
    }

    /**
     * The rule that set aside categories with a higher score (ADR 059): only a coherent category present in half the
     * interviews is put forward as the core; the higher-scoring ones are named with their coherence (at most three).
     */
    private static String outscored(
            List<CentralCategory.Score> others,
            Map<UUID, Double> coherence,
            Map<UUID, Double> character,
            double bar,
            Language language) {
        boolean es = language == Language.ES;
        List<String> named = others.stream()
                .limit(3)
                .map(s -> Phrasing.quote(s.name(), language) + " ("
                        + (es ? "coherencia " : "coherence ")
                        + Phrasing.decimal(round(coherence.get(s.categoryId())), language) + ", "
                        + (es ? "cobertura " : "coverage ") + Phrasing.percent(s.coverage()) + ", "
                        + (es ? "carácter de proceso " : "process character ")
                        + Phrasing.decimal(character.get(s.categoryId()), language) + ")")
                .toList();
        String list = String.join("; ", named);
        String threshold = Phrasing.decimal(round(bar), language);
        return es
                ? " Solo se propone como núcleo una categoría de varios códigos al menos tan afines como la categoría"
                        + " típica del proyecto (coherencia ≥ " + threshold + "), presente en al menos la mitad de las"
                        + " entrevistas y que nombre un proceso o vivencia (carácter de proceso ≥ 0,5): un núcleo nombra"
                        + " un fenómeno, no un tema amplio ni un actor. Puntúan más, pero no lo cumplen: " + list + "."
                : " Only a category of several codes at least as alike as the project's typical category (coherence ≥ "
                        + threshold + "), present in at least half the interviews and naming a process or experience"
                        + " (process character ≥ 0.5) is put forward as the core: a core names one phenomenon, not a"
                        + " broad theme or an actor. Higher-scoring, but short of that: " + list + ".";
    }

    /** Why the category with more centrality × coverage was not chosen: it names actors, or it gathers unlike codes. */
    private static String passedOver(
            CentralCategory.Score other, Map<UUID, Double> character, Map<UUID, Double> coherence, Language language) {
        boolean es = language == Language.ES;
        String name = Phrasing.quote(other.name(), language);
        String plain = Phrasing.decimal(round(other.centrality() * other.coverage()), language);
        double otherCharacter = character.get(other.categoryId());
        double otherCoherence = coherence.get(other.categoryId());
        if (otherCharacter < 0.5 || focus(otherCoherence) >= ACTOR_FLOOR + (1 - ACTOR_FLOOR) * otherCharacter) {
            String c = Phrasing.decimal(otherCharacter, language);
            if (es) {
                return " " + name + " tiene más centralidad × cobertura (" + plain
                        + ") pero menos carácter de proceso ("
                        + c + ")"
                        + (otherCharacter < 0.5
                                ? ": nombra sobre todo personas, roles o lugares, y la categoría central de una teoría"
                                        + " fundamentada es un proceso o fenómeno; los actores forman parte de sus condiciones."
                                : ".");
            }
            return " " + name + " has more centrality × coverage (" + plain + ") but less process character (" + c + ")"
                    + (otherCharacter < 0.5
                            ? ": it mostly names people, roles or places, and the core category of a grounded theory is a"
                                    + " process or phenomenon; actors belong to its conditions."
                            : ".");
        }
        String c = Phrasing.decimal(round(otherCoherence), language);
        return es
                ? " " + name + " tiene más centralidad × cobertura (" + plain + ") pero reúne códigos poco afines"
                        + " (coherencia " + c + "): parece un tema amplio que atraviesa las entrevistas más que un"
                        + " fenómeno, y enlaza con todo porque abarca mucho."
                : " " + name + " has more centrality × coverage (" + plain + ") but gathers unlike codes (coherence "
                        + c
                        + "): it reads as a broad theme running through the interviews rather than one phenomenon, and"
                        + " links to everything because it covers so much.";
    }

    private static double ratio(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
