package com.theogen.analyst;

import java.util.List;
import java.util.UUID;

/**
 * Computed saturation, readiness and gaps, with a theoretical sampling plan.
 *
 * @param curve new codes per interview in interview order
 * @param plateau true when the last quarter of interviews added at most 10% of the codes
 * @param readinessScore 0–100: 40% saturation, 30% evidence depth, 30% paradigm completeness (ADR 007)
 * @param gaps where the theory is thin
 * @param samplingPlan whom or what to interview next, derived from the gaps
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record SaturationReport(
        List<CurvePoint> curve,
        boolean plateau,
        int readinessScore,
        List<Gap> gaps,
        List<SamplingStep> samplingPlan,
        String generatedBy) {

    public SaturationReport {
        curve = List.copyOf(curve);
        gaps = List.copyOf(gaps);
        samplingPlan = List.copyOf(samplingPlan);
    }

    /**
     * One interview on the saturation curve.
     *
     * @param interviewId the interview
     * @param newCodes codes first seen in this interview
     * @param cumulativeCodes codes seen up to and including it
     */
    public record CurvePoint(UUID interviewId, int newCodes, int cumulativeCodes) {}

    /**
     * A weakness of the theory.
     *
     * @param kind {@code LOW_COVERAGE}, {@code FEW_FRAGMENTS}, {@code THIN_ROLE_EVIDENCE}, {@code
     *     MISSING_COMPONENT} or {@code NOT_SATURATED}
     * @param categoryId the category concerned, or null for project-wide gaps
     * @param description what is missing, with the numbers, in the project language
     */
    public record Gap(String kind, UUID categoryId, String description) {}

    /**
     * A step of the theoretical sampling plan.
     *
     * @param actor whom to interview (a domain template actor)
     * @param focus what to explore with them, in the project language
     * @param categoryIds the categories this would strengthen
     */
    public record SamplingStep(String actor, String focus, List<UUID> categoryIds) {

        public SamplingStep {
            categoryIds = List.copyOf(categoryIds);
        }
    }
}
