package com.theogen.analyst.internal;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Central category = argmax of centrality × coverage (ADR 007). Centrality is the mean of PageRank and
 * weighted degree, each divided by the project maximum; coverage is the interview coverage from the
 * metrics (or, when a category has no metrics, the share of interviews its fragments come from).
 * Ties go to more fragments, then to the name.
 */
final class CentralCategorySelector {

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
        for (TheoryCategory category : categories) {
            CategoryMetrics m = metrics.get(category.categoryId());
            double centrality =
                    m == null ? 0 : (ratio(m.pageRank(), maxPageRank) + ratio(m.weightedDegree(), maxWeighted)) / 2;
            double coverage = m != null
                    ? m.interviewCoverage()
                    : ratio(data.interviewsOf(category.categoryId()).size(), data.interviewCount());
            scores.add(new CentralCategory.Score(
                    category.categoryId(),
                    category.name(),
                    round(centrality),
                    round(coverage),
                    round(centrality * coverage)));
        }
        scores.sort(Comparator.comparingDouble((CentralCategory.Score s) -> -s.score())
                .thenComparing(s -> -data.fragmentsOf(s.categoryId()).size())
                .thenComparing(CentralCategory.Score::name));
        CentralCategory.Score best = scores.get(0);
        String why = why(best, scores.size() > 1 ? scores.get(1) : null, metrics.get(best.categoryId()), data);
        return new CentralCategory(best.categoryId(), best.name(), best.score(), why, scores, GeneratedBy.OFFLINE);
    }

    private static String why(
            CentralCategory.Score best, CentralCategory.Score runnerUp, CategoryMetrics m, TheoryData data) {
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
                    .append("); puntuación ")
                    .append(Phrasing.decimal(best.score(), language));
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
                    .append("); score ")
                    .append(Phrasing.decimal(best.score(), language));
            if (runnerUp != null) {
                text.append(" against ")
                        .append(Phrasing.decimal(runnerUp.score(), language))
                        .append(" for ")
                        .append(Phrasing.quote(runnerUp.name(), language));
            }
        }
        return text.append('.').toString();
    }

    private static double ratio(double value, double max) {
        return max <= 0 ? 0 : value / max;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
