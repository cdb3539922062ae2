package com.theogen.analyst.internal;

import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingRequest.ExistingCategory;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.analyst.AxialGroupingResult.CategoryDraft;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.OfflineAxialGrouper;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link OfflineAxialGrouper} by average-linkage clustering of code similarity (ADR 007), aiming at about
 * √(codes) categories. Pinned codes start inside their existing categories and never leave them.
 */
@Component
public class AgglomerativeAxialGrouper implements OfflineAxialGrouper {

    private static final int DEFINITION_CODES = 5;
    private static final double PHRASE_NAME_BONUS = 1.3;

    @Override
    public AxialGroupingResult group(AxialGroupingRequest request) {
        List<AxialCode> codes = request.codes().stream()
                .sorted(Comparator.comparing(AxialCode::label).thenComparing(AxialCode::codeId))
                .toList();
        List<ExistingCategory> existing = request.existingCategories();
        int target = Math.max(1, (int) Math.round(Math.sqrt(codes.size())));
        double[][] similarity = CodeSimilarity.matrix(codes, request.fragments());
        List<AverageLinkage.Cluster> clusters =
                AverageLinkage.cluster(similarity, startingClusters(codes, existing), target);
        Map<UUID, UUID> interviewOf = new HashMap<>();
        Map<UUID, Language> languageOf = new HashMap<>();
        request.fragments().forEach(f -> {
            interviewOf.put(f.fragmentId(), f.interviewId());
            languageOf.put(f.fragmentId(), f.language());
        });
        List<CategoryDraft> drafts = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        existing.forEach(e -> usedNames.add(e.name()));
        Map<List<Integer>, List<String>> mergedFrom = new HashMap<>();
        List<AverageLinkage.Cluster> ordered = order(mergeNearDuplicates(
                order(clusters), similarity, codes, languageOf, request.projectLanguage(), mergedFrom));
        for (AverageLinkage.Cluster cluster : ordered) {
            List<AxialCode> members = byCentrality(cluster.members(), similarity, codes);
            ExistingCategory category = cluster.fixed() ? existing.get(cluster.existing()) : null;
            String name = category != null
                    ? category.name()
                    : uniqueName(members, languageOf, request.projectLanguage(), usedNames);
            String definition = category != null
                            && category.definition() != null
                            && !category.definition().isBlank()
                    ? category.definition()
                    : definition(members, interviewOf, request.projectLanguage());
            double coherence = coherence(cluster.members(), similarity);
            String merged = mergeNote(mergedFrom.get(cluster.members()), request.projectLanguage());
            drafts.add(new CategoryDraft(
                    category == null ? null : category.categoryId(),
                    name,
                    category == null
                            ? definition + coherenceNote(coherence, members.size(), request.projectLanguage()) + merged
                            : definition,
                    members.stream().map(AxialCode::codeId).toList(),
                    coherence,
                    GeneratedBy.OFFLINE));
        }
        return new AxialGroupingResult(drafts, target, AverageLinkage.THRESHOLD, GeneratedBy.OFFLINE);
    }

    private static List<AverageLinkage.Cluster> order(List<AverageLinkage.Cluster> clusters) {
        return clusters.stream()
                .filter(c -> c.fixed() || !c.members().isEmpty())
                .sorted(Comparator.comparingInt(
                                (AverageLinkage.Cluster c) -> c.fixed() ? c.existing() : Integer.MAX_VALUE)
                        .thenComparing(c -> -c.members().size())
                        .thenComparing(c -> c.members().get(0)))
                .toList();
    }

    /**
     * Near-duplicate categories (ADR 037): two new categories whose names would share all the words of the
     * shorter one ("Plots" and "Way plots") read as one concept split in two, so they are one category. The
     * larger absorbs the smaller; the names they would have had are reported in the definition
     * ({@code mergedFrom}, keyed by the merged members).
     */
    static List<AverageLinkage.Cluster> mergeNearDuplicates(
            List<AverageLinkage.Cluster> ordered,
            double[][] similarity,
            List<AxialCode> codes,
            Map<UUID, Language> languageOf,
            Language projectLanguage,
            Map<List<Integer>, List<String>> mergedFrom) {
        List<AverageLinkage.Cluster> clusters = new ArrayList<>(ordered);
        List<String> names = new ArrayList<>();
        List<List<String>> absorbed = new ArrayList<>();
        for (AverageLinkage.Cluster cluster : clusters) {
            names.add(
                    cluster.fixed()
                            ? ""
                            : uniqueName(
                                    byCentrality(cluster.members(), similarity, codes),
                                    languageOf,
                                    projectLanguage,
                                    new HashSet<>()));
            absorbed.add(new ArrayList<>());
        }
        for (int i = 0; i < clusters.size(); i++) {
            Set<String> stems = nameStems(names.get(i), projectLanguage);
            for (int j = clusters.size() - 1; j > i; j--) {
                Set<String> other = nameStems(names.get(j), projectLanguage);
                boolean nested =
                        !stems.isEmpty() && !other.isEmpty() && (stems.containsAll(other) || other.containsAll(stems));
                if (!clusters.get(i).fixed() && !clusters.get(j).fixed() && nested) {
                    List<Integer> members = new ArrayList<>(clusters.get(i).members());
                    members.addAll(clusters.get(j).members());
                    if (absorbed.get(i).isEmpty()) {
                        absorbed.get(i).add(names.get(i));
                    }
                    absorbed.get(i).add(names.get(j));
                    absorbed.get(i).addAll(absorbed.get(j).stream().skip(1).toList());
                    clusters.set(i, new AverageLinkage.Cluster(List.copyOf(members), -1));
                    clusters.remove(j);
                    names.remove(j);
                    absorbed.remove(j);
                }
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            if (!absorbed.get(i).isEmpty()) {
                mergedFrom.put(clusters.get(i).members(), List.copyOf(absorbed.get(i)));
            }
        }
        return clusters;
    }

    private static Set<String> nameStems(String name, Language language) {
        Set<String> stems = new HashSet<>();
        for (Token token : new WordTokenizer().tokenize(name, LanguageProfile.of(language), Set.of())) {
            if (token.canEdgePhrase()) {
                stems.add(token.stem());
            }
        }
        return stems;
    }

    private static String mergeNote(List<String> names, Language language) {
        if (names == null || names.size() < 2) {
            return "";
        }
        return language == Language.ES
                ? " Fusiona las categorías casi duplicadas " + Phrasing.quotedList(names, language) + "."
                : " Merges the near-duplicate categories " + Phrasing.quotedList(names, language) + ".";
    }

    private static List<AverageLinkage.Cluster> startingClusters(
            List<AxialCode> codes, List<ExistingCategory> existing) {
        Map<UUID, Integer> existingIndex = new HashMap<>();
        for (int i = 0; i < existing.size(); i++) {
            existingIndex.put(existing.get(i).categoryId(), i);
        }
        List<List<Integer>> pinned = new ArrayList<>();
        existing.forEach(e -> pinned.add(new ArrayList<>()));
        List<AverageLinkage.Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Integer home = codes.get(i).pinnedCategoryId() == null
                    ? null
                    : existingIndex.get(codes.get(i).pinnedCategoryId());
            if (home != null) {
                pinned.get(home).add(i);
            } else {
                clusters.add(new AverageLinkage.Cluster(List.of(i), -1));
            }
        }
        List<AverageLinkage.Cluster> start = new ArrayList<>();
        for (int i = 0; i < existing.size(); i++) {
            start.add(new AverageLinkage.Cluster(pinned.get(i), i));
        }
        start.addAll(clusters);
        return start;
    }

    /** Members ordered by mean similarity to the rest of the cluster, then by size and label. */
    private static List<AxialCode> byCentrality(List<Integer> members, double[][] similarity, List<AxialCode> codes) {
        Map<Integer, Double> centrality = new HashMap<>();
        for (int i : members) {
            double sum = 0;
            for (int j : members) {
                sum += i == j ? 0 : similarity[i][j];
            }
            centrality.put(i, members.size() > 1 ? sum / (members.size() - 1) : 1);
        }
        return members.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -centrality.get(i))
                        .thenComparing(i -> -codes.get(i).fragmentIds().size())
                        .thenComparing(i -> i))
                .map(codes::get)
                .toList();
    }

    /**
     * The most representative code's label: members are taken by centrality weighted by log(1 + fragments), among
     * the labels in the project's language when the category has any (a category spanning languages, ADR 050, is
     * named in the project's), else in its main language (the language most of its fragments are in), so a name is
     * a phrase participants said, in their language — never two words glued with "and". When that label already
     * names another category the next most representative one is taken, then a number is added.
     */
    private static String uniqueName(
            List<AxialCode> members, Map<UUID, Language> languageOf, Language projectLanguage, Set<String> used) {
        Map<UUID, Language> labelLanguage = new HashMap<>();
        Map<Language, Integer> fragmentsByLanguage = new HashMap<>();
        for (AxialCode code : members) {
            Language language = mainLanguage(code.fragmentIds(), languageOf, projectLanguage);
            labelLanguage.put(code.codeId(), language);
            fragmentsByLanguage.merge(language, code.fragmentIds().size(), Integer::sum);
        }
        Language language = fragmentsByLanguage.containsKey(projectLanguage)
                ? projectLanguage
                : fragmentsByLanguage.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<Language, Integer> e) -> e.getValue()))
                        .map(Map.Entry::getKey)
                        .orElse(projectLanguage);
        List<String> ranked = members.stream()
                .filter(c -> labelLanguage.get(c.codeId()) == language)
                .sorted(Comparator.comparingDouble((AxialCode c) -> -nameWeight(members, c, Tongue.of(language)))
                        .thenComparing(members::indexOf))
                .map(c -> Phrasing.capitalise(
                        languageOf.containsValue(projectLanguage)
                                ? inProjectLanguage(c.label(), language, projectLanguage)
                                : c.label()))
                .toList();
        String name = ranked.stream().filter(l -> !used.contains(l)).findFirst().orElse(ranked.get(0));
        String unique = name;
        for (int n = 2; used.contains(unique); n++) {
            unique = name + " (" + n + ")";
        }
        used.add(unique);
        return unique;
    }

    /**
     * In a project where some interviews are in the project's language, a category with no code in that language is
     * named in it when the concept lexicon knows its label as one concept ("money" → "dinero" in a Spanish project
     * with English interviews, ADR 056), so the report reads in one language; otherwise, and in a project whose
     * interviews are all in another language, the label stays as participants said it.
     */
    private static String inProjectLanguage(String label, Language language, Language projectLanguage) {
        if (language == projectLanguage) {
            return label;
        }
        return ConceptLexicon.get()
                .translate(label, Tongue.of(language), Tongue.of(projectLanguage))
                .orElse(label);
    }

    /**
     * Coherence of a category: the mean pairwise similarity of its codes (the similarity clustering used: shared
     * fragments and fragment words), in [0, 1]; 1 for a category of one code.
     */
    static double coherence(List<Integer> members, double[][] similarity) {
        if (members.size() < 2) {
            return 1;
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                sum += similarity[members.get(i)][members.get(j)];
                pairs++;
            }
        }
        return Math.round(1000 * sum / pairs) / 1000.0;
    }

    /** The language most of these fragments are in; the project's on a tie or when none is known. */
    private static Language mainLanguage(List<UUID> fragments, Map<UUID, Language> languageOf, Language fallback) {
        Map<Language, Integer> counts = new HashMap<>();
        fragments.forEach(f -> {
            Language language = languageOf.get(f);
            if (language != null) {
                counts.merge(language, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<Language, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey() == fallback))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }

    /**
     * Rank weight: earlier (more central) members first, scaled by how much evidence the code has; a label naming a
     * process or experience is preferred to one naming a person, role or place, and a phrase to a single word
     * (ADR 043): a category is a concept, and "Grupo de apoyo" says more than "Grupo".
     */
    private static double nameWeight(List<AxialCode> members, AxialCode code, Tongue tongue) {
        double centralityRank = 1.0 - (double) members.indexOf(code) / Math.max(1, members.size());
        double kind = 0.4 + 0.6 * ConceptKind.of(code.label(), tongue, Set.of()).weight();
        double phrase = code.label().trim().contains(" ") ? PHRASE_NAME_BONUS : 1;
        return centralityRank * Math.log1p(code.fragmentIds().size()) * kind * phrase;
    }

    private static String coherenceNote(double coherence, int codes, Language language) {
        if (codes < 2) {
            return "";
        }
        String value = String.format(Locale.ROOT, "%.2f", coherence);
        return language == Language.ES
                ? " Coherencia " + value.replace('.', ',') + " (similitud media entre sus códigos, de 0 a 1)."
                : " Coherence " + value + " (mean similarity between its codes, 0 to 1).";
    }

    private static String definition(List<AxialCode> members, Map<UUID, UUID> interviewOf, Language language) {
        Set<UUID> fragments = new TreeSet<>();
        members.forEach(c -> fragments.addAll(c.fragmentIds()));
        Set<UUID> interviews = new TreeSet<>();
        fragments.stream().map(interviewOf::get).filter(i -> i != null).forEach(interviews::add);
        List<String> shown =
                members.stream().limit(DEFINITION_CODES).map(AxialCode::label).toList();
        boolean es = language == Language.ES;
        String codesPart = es
                ? (members.size() == 1 ? "Reúne el código " : "Agrupa " + members.size() + " códigos afines: ")
                : (members.size() == 1 ? "Holds the code " : "Groups " + members.size() + " related codes: ");
        String more = members.size() > shown.size() ? (es ? ", entre otros" : ", among others") : "";
        String coverage = es
                ? "Reúne " + Phrasing.count(fragments.size(), "fragmento", "fragmentos") + " de "
                        + Phrasing.count(interviews.size(), "entrevista", "entrevistas") + "."
                : "Covers " + Phrasing.count(fragments.size(), "fragment", "fragments") + " from "
                        + Phrasing.count(interviews.size(), "interview", "interviews") + ".";
        return codesPart + Phrasing.quotedList(shown, language) + more + ". " + coverage;
    }
}
