package com.theogen.theory.internal.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Format 1 of the JSONB documents in a {@code theories} row: one record per document, written and read only by
 * {@link TheoryStore}. They are the storage format, kept apart from the {@link com.theogen.theory.Theory} that the API
 * returns, so that renaming a field of one does not rewrite the other; a change to these records needs a new
 * {@link #FORMAT_VERSION} and a reader for the old one (docs/adr/053). Lists may be absent in documents written
 * before a field existed: the mapping reads them as empty.
 */
final class StoredTheory {

    /** The format the store writes; rows of earlier versions would be read by their own mapping. */
    static final int FORMAT_VERSION = 1;

    private StoredTheory() {}

    record Evidence(
            UUID fragmentId,
            UUID interviewId,
            String interviewLabel,
            String speaker,
            String quote,
            int start,
            int end,
            int interviewStart,
            int interviewEnd) {}

    record Core(
            UUID categoryId,
            String name,
            String definition,
            String why,
            List<Evidence> evidence,
            String storyline,
            List<Candidate> candidates) {}

    record Candidate(
            UUID categoryId,
            String categoryName,
            String reasoning,
            int central,
            int frequent,
            int connected,
            int abstractEnough,
            int explainsVariation) {}

    record NegativeCase(String statement, UUID fragmentId, String quote) {}

    record Claim(
            UUID categoryId,
            String categoryName,
            String statement,
            List<Evidence> evidence,
            List<NegativeCase> exceptions) {}

    record Paradigm(
            List<Claim> phenomenon,
            List<Claim> causalConditions,
            List<Claim> context,
            List<Claim> interveningConditions,
            List<Claim> strategies) {}

    record Consequence(
            UUID categoryId,
            String categoryName,
            String statement,
            String type,
            String typeNote,
            String horizon,
            List<Evidence> evidence,
            List<NegativeCase> exceptions) {}

    record Proposition(
            String id, String text, List<UUID> categoryIds, List<Evidence> evidence, List<NegativeCase> exceptions) {}

    record Gap(String kind, UUID categoryId, String categoryName, String description, String severity) {}

    record SamplingStep(String actor, String focus, List<String> questions, List<UUID> categoryIds) {}

    record Saturation(List<CurvePoint> curve, boolean plateau, Integer modelReadiness, String modelAssessment) {}

    record CurvePoint(UUID interviewId, String interviewLabel, int newCodes, int cumulativeCodes) {}

    record Network(
            int categories,
            int codes,
            int fragments,
            int interviews,
            List<CentralityRow> centrality,
            List<CoOccurrenceRow> coOccurrence) {}

    record CentralityRow(
            UUID categoryId,
            String name,
            int codeCount,
            int fragmentCount,
            int interviewCount,
            double interviewCoverage,
            int degree,
            double weightedDegree,
            double pageRank) {}

    record CoOccurrenceRow(UUID categoryA, String nameA, UUID categoryB, String nameB, int sharedFragments) {}

    record Coverage(int claims, int claimsWithEvidence, double ratio) {}

    record Validation(
            int evidenceChecked,
            int verified,
            int reanchored,
            int unknownFragment,
            int wrongCategory,
            int notVerbatim,
            List<String> repairs,
            int claimsRepaired,
            List<UnsupportedClaim> unsupportedClaims,
            int negativeCasesDropped) {}

    record UnsupportedClaim(
            String component, List<UUID> categoryIds, String statement, String reason, int evidenceDropped) {}

    /** The manifest; its {@code language} is the language code ({@code es}, {@code en} …). */
    record Manifest(
            String projectName,
            String researchQuestion,
            String route,
            String routeReason,
            String provider,
            String access,
            String accessReason,
            String template,
            String language,
            int attempt,
            List<Stage> stages,
            List<BudgetTrim> budgetTrims,
            Map<String, String> inputHashes,
            Map<String, String> evidenceSources) {}

    record Stage(
            String stage,
            String generatedBy,
            List<String> model,
            List<String> prompts,
            long elapsedMs,
            long inputTokens,
            long outputTokens,
            int requests,
            int retries,
            boolean repaired,
            long cachedInputTokens) {}

    record BudgetTrim(String stage, String step, int applications, int tokensBefore, int tokensAfter) {}
}
