package com.theogen.analyst.internal;

import com.theogen.analyst.GeneratedBy;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.SaturationReport;
import com.theogen.analyst.SaturationReport.CurvePoint;
import com.theogen.analyst.SaturationReport.Gap;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Saturation and gaps (ADR 007, ADR 029). The curve counts, per interview in the given order, the codes
 * discovered in it: a code is new in the first interview where it appears, whoever coded it (the offline coder
 * keeps only recurring codes, but the first interview still said it first). A plateau is reached when the last
 * quarter of the interviews (at least one) added at most {@link #PLATEAU_SHARE} of all codes. Readiness (0–100) =
 * 40 × saturation + 30 × evidence depth (share of categories with at least {@link #MIN_FRAGMENTS} fragments from
 * at least half the interviews) + 30 × paradigm completeness (share of the five roles filled; consequences count once a participant's sentence
 * states one), where saturation
 * is 1 − the share of codes new in that last quarter when there is a plateau and 0 without one: without a plateau
 * readiness stays at most 60, so a high score never sits beside "no plateau".
 */
final class SaturationAnalyzer {

    static final double PLATEAU_SHARE = 0.10;
    static final int MIN_FRAGMENTS = 3;
    static final double MIN_COVERAGE = 0.5;

    private SaturationAnalyzer() {}

    static SaturationReport analyze(TheoryData data, ParadigmModel paradigm) {
        List<UUID> order = interviewOrder(data);
        List<CurvePoint> curve = curve(data, order);
        int totalCodes = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).cumulativeCodes();
        int window = Math.max(1, (int) Math.ceil(order.size() / 4.0));
        int lateNew = curve.subList(Math.max(0, curve.size() - window), curve.size()).stream()
                .mapToInt(CurvePoint::newCodes)
                .sum();
        boolean plateau = totalCodes > 0 && order.size() >= 2 && lateNew <= PLATEAU_SHARE * totalCodes;
        double saturation = plateau ? 1 - (double) lateNew / totalCodes : 0;
        long deep = data.categories().stream()
                .filter(c -> deep(data, c.categoryId()))
                .count();
        double depth = data.categories().isEmpty()
                ? 0
                : (double) deep / data.categories().size();
        Set<ParadigmRole> filled = EnumSet.noneOf(ParadigmRole.class);
        paradigm.components().forEach(c -> filled.add(c.role()));
        if (GapFinder.statesConsequences(paradigm)) {
            filled.add(ParadigmRole.CONSEQUENCE);
        }
        double completeness = filled.size() / (double) ParadigmRole.values().length;
        int readiness = (int) Math.round(100 * (0.4 * saturation + 0.3 * depth + 0.3 * completeness));
        List<Gap> gaps = GapFinder.gaps(data, paradigm, filled, plateau, lateNew, window);
        return new SaturationReport(
                curve, plateau, readiness, gaps, SamplingPlanner.plan(data, gaps), GeneratedBy.OFFLINE);
    }

    static boolean deep(TheoryData data, UUID categoryId) {
        return data.fragmentsOf(categoryId).size() >= MIN_FRAGMENTS && coverage(data, categoryId) >= MIN_COVERAGE;
    }

    static double coverage(TheoryData data, UUID categoryId) {
        int interviews = data.interviewCount();
        return interviews == 0 ? 0 : data.interviewsOf(categoryId).size() / (double) interviews;
    }

    private static List<UUID> interviewOrder(TheoryData data) {
        Set<UUID> order = new LinkedHashSet<>(data.request().interviewOrder());
        data.request().fragments().forEach(f -> order.add(f.interviewId()));
        return List.copyOf(order);
    }

    private static List<CurvePoint> curve(TheoryData data, List<UUID> order) {
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        int[] newCodes = new int[order.size()];
        Set<UUID> seenCodes = new LinkedHashSet<>();
        for (TheoryCategory category : data.categories()) {
            for (TheoryCode code : category.codes()) {
                if (!seenCodes.add(code.codeId())) {
                    continue;
                }
                int[] seenIn = code.fragmentIds().stream()
                        .map(data::fragment)
                        .filter(f -> f != null)
                        .mapToInt(f -> position.get(f.interviewId()))
                        .distinct()
                        .sorted()
                        .toArray();
                if (seenIn.length > 0) {
                    newCodes[seenIn[0]]++;
                }
            }
        }
        List<CurvePoint> curve = new ArrayList<>();
        int cumulative = 0;
        for (int i = 0; i < order.size(); i++) {
            cumulative += newCodes[i];
            curve.add(new CurvePoint(order.get(i), newCodes[i], cumulative));
        }
        return curve;
    }
}
