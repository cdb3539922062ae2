package com.theogen.coding.internal;

import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The offline codebook coder (docs/adr/026): scores every fragment against every code of the codebook and applies
 * a code where the score reaches that code's threshold. Pure: the caller passes the embeddings function.
 *
 * <p>Score of fragment f for code c = {@code SEMANTIC_WEIGHT} × semantic + {@code LEXICAL_WEIGHT} × lexical −
 * {@code EXCLUSION_WEIGHT} × exclusion, where semantic is the larger of the cosine between f and the code's
 * profile (label, definition, inclusion criteria, examples) and the best cosine between f and one example; lexical
 * is the TF-IDF cosine of f's analysed terms with the profile's (label terms count twice); exclusion is how much
 * closer f is to the exclusion criteria than to the profile (0 when not closer, or when there are none).
 *
 * <p>Thresholds: {@link #DEFAULT_THRESHOLD} unless calibration data is given: then, per code, the threshold that
 * maximises F1 against the reference coder's labels on the calibration fragments (ties: the higher threshold),
 * placed halfway between the lowest score it codes and the next score below (a margin for unseen fragments); a
 * code the reference coder never applied there gets a threshold above every calibration score. At most {@link
 * #MAX_CODES_PER_FRAGMENT} codes per fragment, the highest scores first.
 */
final class CodebookMatcher {

    static final double SEMANTIC_WEIGHT = 0.7;
    static final double LEXICAL_WEIGHT = 0.3;
    static final double EXCLUSION_WEIGHT = 0.5;
    /**
     * Without a person's coding to calibrate on: set by hand from MiniLM scores of short English turns, where a
     * turn that meets a definition typically scores 0.27–0.65 and an unrelated one 0.0–0.23 (docs/adr/026).
     */
    static final double DEFAULT_THRESHOLD = 0.25;

    static final int MAX_CODES_PER_FRAGMENT = 2;

    /** A code as the matcher sees it; blank definition means the code is known by its label only. */
    record Profile(
            UUID codeId, String label, String definition, String inclusion, String exclusion, List<String> examples) {

        String text() {
            StringBuilder text = new StringBuilder(label);
            for (String part : List.of(definition, inclusion)) {
                if (part != null && !part.isBlank()) {
                    text.append(". ").append(part.strip());
                }
            }
            examples.forEach(e -> text.append(". ").append(e.strip()));
            return text.toString();
        }

        String lexicalText() {
            return label + " " + text();
        }
    }

    /** A fragment to score. */
    record Unit(UUID fragmentId, UUID interviewId, String text) {}

    private final Language language;
    private final List<Profile> profiles;
    private final List<Unit> units;
    private final double[][] scores;

    /**
     * Scores every unit against every profile.
     *
     * @param embed embeds texts to unit vectors (dot product = cosine), order kept
     */
    CodebookMatcher(
            Language language, List<Profile> profiles, List<Unit> units, Function<List<String>, List<float[]>> embed) {
        this.language = language;
        this.profiles = List.copyOf(profiles);
        this.units = List.copyOf(units);
        this.scores = score(embed);
    }

    List<Profile> profiles() {
        return profiles;
    }

    List<Unit> units() {
        return units;
    }

    /** The score of unit {@code u} for profile {@code p}. */
    double score(int u, int p) {
        return scores[u][p];
    }

    /**
     * Per-code thresholds calibrated on {@code calibration} (indexes into {@link #units()}) against {@code
     * reference} (code ids the reference coder applied to each unit); the default threshold for every code when
     * {@code calibration} is empty.
     */
    Map<UUID, Double> thresholds(List<Integer> calibration, Map<UUID, Set<UUID>> reference) {
        Map<UUID, Double> thresholds = new LinkedHashMap<>();
        for (int p = 0; p < profiles.size(); p++) {
            UUID code = profiles.get(p).codeId();
            thresholds.put(code, calibration.isEmpty() ? DEFAULT_THRESHOLD : calibrate(p, calibration, reference));
        }
        return thresholds;
    }

    private double calibrate(int p, List<Integer> calibration, Map<UUID, Set<UUID>> reference) {
        UUID code = profiles.get(p).codeId();
        int positives = 0;
        double highest = Double.NEGATIVE_INFINITY;
        List<double[]> points = new ArrayList<>();
        for (int u : calibration) {
            boolean positive =
                    reference.getOrDefault(units.get(u).fragmentId(), Set.of()).contains(code);
            positives += positive ? 1 : 0;
            highest = Math.max(highest, scores[u][p]);
            points.add(new double[] {scores[u][p], positive ? 1 : 0});
        }
        if (positives == 0) {
            return highest + 1e-6;
        }
        points.sort(Comparator.comparingDouble((double[] x) -> x[0]).reversed());
        double best = -1;
        double threshold = highest + 1e-6;
        int truePositives = 0;
        for (int i = 0; i < points.size(); i++) {
            truePositives += (int) points.get(i)[1];
            boolean lastOfTie = i + 1 == points.size() || points.get(i + 1)[0] < points.get(i)[0];
            if (!lastOfTie) {
                continue;
            }
            double f1 = 2.0 * truePositives / (i + 1 + positives);
            if (f1 > best) {
                best = f1;
                threshold = i + 1 == points.size() ? points.get(i)[0] : (points.get(i)[0] + points.get(i + 1)[0]) / 2;
            }
        }
        return threshold;
    }

    /** The codes applied to unit {@code u} under {@code thresholds}, highest score first. */
    List<UUID> decide(int u, Map<UUID, Double> thresholds) {
        List<Integer> passing = new ArrayList<>();
        for (int p = 0; p < profiles.size(); p++) {
            Double threshold = thresholds.get(profiles.get(p).codeId());
            if (threshold != null && scores[u][p] >= threshold) {
                passing.add(p);
            }
        }
        passing.sort(Comparator.comparingDouble((Integer p) -> scores[u][p]).reversed());
        return passing.stream()
                .limit(MAX_CODES_PER_FRAGMENT)
                .map(p -> profiles.get(p).codeId())
                .toList();
    }

    private double[][] score(Function<List<String>, List<float[]>> embed) {
        List<String> texts = new ArrayList<>();
        units.forEach(u -> texts.add(u.text()));
        Map<String, Integer> index = new HashMap<>();
        for (Profile profile : profiles) {
            List<String> own = new ArrayList<>(profile.examples());
            own.add(profile.text());
            if (!profile.exclusion().isBlank()) {
                own.add(profile.exclusion());
            }
            for (String text : own) {
                if (index.putIfAbsent(text, texts.size()) == null) {
                    texts.add(text);
                }
            }
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embed.apply(texts);
        Map<String, float[]> byText = new HashMap<>();
        index.forEach((text, i) -> byText.put(text, vectors.get(i)));
        TermWeights weights =
                new TermWeights(language, units.stream().map(Unit::text).toList());
        List<Map<String, Double>> profileTerms =
                profiles.stream().map(p -> weights.vector(p.lexicalText())).toList();
        double[][] result = new double[units.size()][profiles.size()];
        for (int u = 0; u < units.size(); u++) {
            float[] unit = vectors.get(u);
            Map<String, Double> unitTerms = weights.vector(units.get(u).text());
            for (int p = 0; p < profiles.size(); p++) {
                Profile profile = profiles.get(p);
                double toProfile = dot(unit, byText.get(profile.text()));
                double semantic = toProfile;
                for (String example : profile.examples()) {
                    semantic = Math.max(semantic, dot(unit, byText.get(example)));
                }
                double exclusion = profile.exclusion().isBlank()
                        ? 0
                        : Math.max(0, dot(unit, byText.get(profile.exclusion())) - toProfile);
                result[u][p] = SEMANTIC_WEIGHT * semantic
                        + LEXICAL_WEIGHT * TermWeights.cosine(unitTerms, profileTerms.get(p))
                        - EXCLUSION_WEIGHT * exclusion;
            }
        }
        return result;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Codes whose label's analysed words all occur in the text: the documented baseline (docs/adr/026). */
    static List<UUID> labelKeywordBaseline(Language language, List<Profile> profiles, String text) {
        Set<String> terms = new HashSet<>(TermWeights.terms(language, text));
        List<UUID> codes = new ArrayList<>();
        for (Profile profile : profiles) {
            List<String> label = TermWeights.terms(language, profile.label());
            if (!label.isEmpty() && terms.containsAll(label)) {
                codes.add(profile.codeId());
            }
        }
        return codes;
    }
}
