package com.theogen.theory;

import com.theogen.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One saved version of a project's theory. Immutable once saved. Every {@link EvidenceRef} in it was verified
 * before saving: its fragment exists in the project, is coded with the claim's category, and {@code quote} equals
 * the fragment text between {@code start} and {@code end}. Lists are never null.
 *
 * @param version 1, 2 … within the project
 * @param jobId the run that produced it
 * @param route {@code staged} or {@code legacy} (single call)
 * @param generatedBy {@code offline} or the model(s) that answered, e.g. {@code gpt-4o (openai)}
 * @param degraded true when the run fell back (offline instead of a model, or an evidence store was missing) or
 *     its coding skipped fragments because model calls failed
 * @param consequences typed consequences (also the sixth paradigm component)
 * @param readinessScore 0–100, computed from saturation, evidence depth and paradigm completeness
 */
public record Theory(
        UUID id,
        UUID projectId,
        int version,
        UUID jobId,
        Instant createdAt,
        Language language,
        String template,
        String route,
        String generatedBy,
        boolean degraded,
        CoreCategory coreCategory,
        Paradigm paradigm,
        List<Consequence> consequences,
        List<Proposition> propositions,
        List<Gap> gaps,
        List<SamplingStep> samplingPlan,
        Saturation saturation,
        int readinessScore,
        NetworkSummary networkSummary,
        EvidenceCoverage evidenceCoverage,
        Validation validation,
        Manifest manifest) {

    public Theory {
        consequences = List.copyOf(consequences);
        propositions = List.copyOf(propositions);
        gaps = List.copyOf(gaps);
        samplingPlan = List.copyOf(samplingPlan);
    }

    /**
     * A verified quote backing a claim.
     *
     * @param interviewLabel the participant pseudonym (or file name)
     * @param speaker the fragment's speaker label; may be blank
     * @param quote exactly {@code fragmentText.substring(start, end)}
     * @param start offset of the quote in the fragment text
     * @param end offset just past the quote in the fragment text
     * @param interviewStart offset of the quote in the interview's full text
     * @param interviewEnd offset just past the quote in the interview's full text
     */
    public record EvidenceRef(
            UUID fragmentId,
            UUID interviewId,
            String interviewLabel,
            String speaker,
            String quote,
            int start,
            int end,
            int interviewStart,
            int interviewEnd) {}

    /**
     * @param why why it is the core: the model's justification or the offline analyst's sentence with the
     *     numbers behind it
     * @param storyline the model's storyline: the theory told as a short narrative around the core; blank offline
     * @param candidates every candidate the model scored on Strauss and Corbin's criteria before choosing, in the
     *     order it scored them; empty offline (docs/adr/035)
     */
    public record CoreCategory(
            UUID categoryId,
            String name,
            String definition,
            String why,
            List<EvidenceRef> evidence,
            String storyline,
            List<CandidateScore> candidates) {

        public CoreCategory {
            evidence = List.copyOf(evidence);
            storyline = storyline == null ? "" : storyline;
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public CoreCategory(UUID categoryId, String name, String definition, String why, List<EvidenceRef> evidence) {
            this(categoryId, name, definition, why, evidence, "", List.of());
        }
    }

    /**
     * A candidate core category scored 1 (not at all) to 5 (fully) on each criterion, with the reasoning the model
     * wrote before scoring.
     *
     * @param central the other categories relate to it
     * @param frequent it appears often, across interviews
     * @param connected its relations to the others are logical, not forced
     * @param abstractEnough abstract enough to be used in other substantive areas
     * @param explainsVariation it explains variation as well as the main point of the data
     */
    public record CandidateScore(
            UUID categoryId,
            String categoryName,
            String reasoning,
            int central,
            int frequent,
            int connected,
            int abstractEnough,
            int explainsVariation) {}

    /**
     * A negative case of a claim, as the model stated it: where the claim does not hold.
     *
     * @param fragmentId the fragment that shows it, verified to exist in the project; null when none was cited
     * @param quote the words of that fragment that show it, verified verbatim like evidence quotes (docs/adr/038) and
     *     taken from the fragment's own text; empty when the model gave none. A negative case whose quote could not
     *     be verified is not kept (counted in {@link Validation#negativeCasesDropped()})
     */
    public record NegativeCase(String statement, @Nullable UUID fragmentId, String quote) {

        public NegativeCase {
            quote = quote == null ? "" : quote;
        }

        public NegativeCase(String statement, UUID fragmentId) {
            this(statement, fragmentId, "");
        }
    }

    /**
     * A statement of one paradigm component about one category, with its evidence and negative cases.
     *
     * @param categoryId the category it is about; {@code null} only in theories saved before a claim naming no
     *     category of the project was left out (such a claim now goes to {@link Validation#unsupportedClaims()})
     * @param categoryName that category's name; blank when {@code categoryId} is {@code null}
     */
    public record Claim(
            @Nullable UUID categoryId,
            String categoryName,
            String statement,
            List<EvidenceRef> evidence,
            List<NegativeCase> exceptions) {

        public Claim {
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        public Claim(UUID categoryId, String categoryName, String statement, List<EvidenceRef> evidence) {
            this(categoryId, categoryName, statement, evidence, List.of());
        }
    }

    /** The paradigm model around the core category; {@code phenomenon} is the core category itself. */
    public record Paradigm(
            List<Claim> phenomenon,
            List<Claim> causalConditions,
            List<Claim> context,
            List<Claim> interveningConditions,
            List<Claim> strategies) {

        public Paradigm {
            phenomenon = List.copyOf(phenomenon);
            causalConditions = List.copyOf(causalConditions);
            context = List.copyOf(context);
            interveningConditions = List.copyOf(interveningConditions);
            strategies = List.copyOf(strategies);
        }
    }

    /**
     * @param type one of the domain template's consequence types ({@code material}, {@code social}, {@code
     *     institutional}, {@code psychological} …) or {@code other}
     * @param typeNote for {@code other}: the model's own word for the type; blank otherwise
     * @param horizon {@code short_term} or {@code long_term}
     * @param categoryId as for {@link Claim#categoryId()}: {@code null} only in theories saved before a consequence
     *     naming no category of the project was left out
     */
    public record Consequence(
            @Nullable UUID categoryId,
            String categoryName,
            String statement,
            String type,
            String typeNote,
            String horizon,
            List<EvidenceRef> evidence,
            List<NegativeCase> exceptions) {

        public Consequence {
            typeNote = typeNote == null ? "" : typeNote;
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        public Consequence(
                UUID categoryId,
                String categoryName,
                String statement,
                String type,
                String horizon,
                List<EvidenceRef> evidence) {
            this(categoryId, categoryName, statement, type, "", horizon, evidence, List.of());
        }
    }

    /** A proposition with the categories it links, its evidence and negative cases. {@code id} is P1, P2 … */
    public record Proposition(
            String id, String text, List<UUID> categoryIds, List<EvidenceRef> evidence, List<NegativeCase> exceptions) {

        public Proposition {
            categoryIds = List.copyOf(categoryIds);
            evidence = List.copyOf(evidence);
            exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        }

        public Proposition(String id, String text, List<UUID> categoryIds, List<EvidenceRef> evidence) {
            this(id, text, categoryIds, evidence, List.of());
        }
    }

    /**
     * @param kind e.g. {@code LOW_COVERAGE}, {@code NOT_SATURATED}, {@code THIN_EVIDENCE}
     * @param categoryId the category it concerns; {@code null} for a gap of the whole project
     * @param categoryName that category's name; blank for a gap of the whole project
     * @param severity {@code high}, {@code medium} or {@code low}
     */
    public record Gap(
            String kind, @Nullable UUID categoryId, String categoryName, String description, String severity) {}

    /** Whom or what to sample next and what to ask. */
    public record SamplingStep(String actor, String focus, List<String> questions, List<UUID> categoryIds) {

        public SamplingStep {
            questions = List.copyOf(questions);
            categoryIds = List.copyOf(categoryIds);
        }
    }

    /**
     * Computed saturation (new codes per interview, in interview order) with the model's judgement beside it.
     *
     * @param plateau true when the last quarter of interviews added at most 10% of the codes
     * @param modelReadiness the model's own readiness score, {@code null} offline
     * @param modelAssessment the model's explanation, blank offline
     */
    public record Saturation(
            List<CurvePoint> curve, boolean plateau, @Nullable Integer modelReadiness, String modelAssessment) {

        public Saturation {
            curve = List.copyOf(curve);
        }
    }

    public record CurvePoint(UUID interviewId, String interviewLabel, int newCodes, int cumulativeCodes) {}

    /** Category centrality and co-occurrence on the undirected weighted co-occurrence graph. */
    public record NetworkSummary(
            int categories,
            int codes,
            int fragments,
            int interviews,
            List<CentralityRow> centrality,
            List<CoOccurrenceRow> coOccurrence) {

        public NetworkSummary {
            centrality = List.copyOf(centrality);
            coOccurrence = List.copyOf(coOccurrence);
        }
    }

    public record CentralityRow(
            UUID categoryId,
            String name,
            int codeCount,
            int fragmentCount,
            int interviewCount,
            double interviewCoverage,
            int degree,
            double weightedDegree,
            double pageRank) {}

    public record CoOccurrenceRow(UUID categoryA, String nameA, UUID categoryB, String nameB, int sharedFragments) {}

    /**
     * Claims with at least one verified evidence, of all claims (core, paradigm, consequences, propositions). A claim
     * left without verified evidence is repaired or removed before saving (see {@link Validation}), so for a theory
     * saved since issue #15 {@code ratio} is 1.0; older versions may show less.
     */
    public record EvidenceCoverage(int claims, int claimsWithEvidence, double ratio) {}

    /**
     * What verification and the quality checks found.
     *
     * @param evidenceChecked evidence items the pipeline produced
     * @param verified kept (verbatim in a fragment of the claimed category)
     * @param reanchored kept after their offsets were corrected (whitespace-normalised match or a wrong offset)
     * @param unknownFragment dropped: the id names no fragment of the project
     * @param wrongCategory dropped: the fragment is not coded with the claim's category
     * @param notVerbatim dropped: the quote is not in the fragment
     * @param repairs quality repairs made (central category, paradigm rules), in order
     * @param claimsRepaired claims whose every cited quote was dropped and that got new, verified evidence found for
     *     them among the fragments coded with their category
     * @param unsupportedClaims claims removed because no verified evidence could be cited or found for them; they
     *     appear nowhere else in the theory, nor in its exports
     * @param negativeCasesDropped negative cases (exceptions) left out because their quote is not in the fragment
     *     they cite, or that fragment is not in the project
     */
    public record Validation(
            int evidenceChecked,
            int verified,
            int reanchored,
            int unknownFragment,
            int wrongCategory,
            int notVerbatim,
            List<String> repairs,
            int claimsRepaired,
            List<UnsupportedClaim> unsupportedClaims,
            int negativeCasesDropped) {

        public Validation {
            repairs = List.copyOf(repairs);
            unsupportedClaims = unsupportedClaims == null ? List.of() : List.copyOf(unsupportedClaims);
        }

        public Validation(
                int evidenceChecked,
                int verified,
                int reanchored,
                int unknownFragment,
                int wrongCategory,
                int notVerbatim,
                List<String> repairs,
                int claimsRepaired,
                List<UnsupportedClaim> unsupportedClaims) {
            this(
                    evidenceChecked,
                    verified,
                    reanchored,
                    unknownFragment,
                    wrongCategory,
                    notVerbatim,
                    repairs,
                    claimsRepaired,
                    unsupportedClaims,
                    0);
        }

        public int dropped() {
            return unknownFragment + wrongCategory + notVerbatim;
        }
    }

    /**
     * A claim left out of the theory for lack of evidence.
     *
     * @param component where it would have stood: {@code causal_conditions}, {@code context}, {@code
     *     intervening_conditions}, {@code strategies}, {@code consequences} or {@code propositions}
     * @param categoryIds the categories it was about (none when the model named no category of the project)
     * @param reason {@code unknown_category} (no category to search evidence in) or {@code no_verified_evidence}
     *     (neither its citations nor a search among its categories' fragments gave a verifiable quote)
     * @param evidenceDropped how many of its citations verification dropped
     */
    public record UnsupportedClaim(
            String component,
            List<UUID> categoryIds,
            String statement,
            @Schema(allowableValues = {"unknown_category", "no_verified_evidence"}) String reason,
            int evidenceDropped) {

        public UnsupportedClaim {
            categoryIds = List.copyOf(categoryIds);
        }
    }

    /**
     * How the theory was made: enough to explain and re-run it. Never holds a key or a prompt.
     *
     * @param projectName the project's name when the theory was generated
     * @param researchQuestion the research question the theory answers, as it was then
     * @param access how the run reached a model ({@code offline}, {@code server} or {@code user} key) and why
     * @param stages per stage: who answered, prompt version, tokens, time
     * @param budgetTrims what the token budget planner removed, per stage
     * @param inputHashes SHA-256 of the inputs ({@code fragments}, {@code codebook})
     * @param evidenceSources how per-category evidence was found ({@code vector_index}, {@code coding})
     */
    public record Manifest(
            String projectName,
            String researchQuestion,
            String route,
            String routeReason,
            String provider,
            String access,
            String accessReason,
            String template,
            Language language,
            int attempt,
            List<StageRecord> stages,
            List<BudgetTrimRecord> budgetTrims,
            Map<String, String> inputHashes,
            Map<String, String> evidenceSources) {

        public Manifest {
            stages = List.copyOf(stages);
            budgetTrims = List.copyOf(budgetTrims);
            inputHashes = Map.copyOf(inputHashes);
            evidenceSources = Map.copyOf(evidenceSources);
        }
    }

    /**
     * @param generatedBy {@code offline}, {@code llm}, or {@code computed} for stages without a model
     * @param model model names that answered, empty for offline/computed stages
     * @param prompts prompt versions used, e.g. {@code paradigm/paradigm.es.v1}
     * @param cachedInputTokens of {@code inputTokens}, those the provider reported as served from its prompt cache
     *     (0 when it reports none; docs/adr/038)
     */
    public record StageRecord(
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
            long cachedInputTokens) {

        public StageRecord {
            model = List.copyOf(model);
            prompts = List.copyOf(prompts);
        }
    }

    public record BudgetTrimRecord(String stage, String step, int applications, int tokensBefore, int tokensAfter) {}
}
