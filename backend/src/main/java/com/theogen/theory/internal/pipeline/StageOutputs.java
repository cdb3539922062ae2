package com.theogen.theory.internal.pipeline;

import com.theogen.evidence.NetworkMetrics;
import com.theogen.llm.LlmError;
import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The checkpointed output of each pipeline stage (one record per stage, stored as JSON by the job module). */
public final class StageOutputs {

    private StageOutputs() {}

    /** A stage output that carries its stage's meta (model calls, timing) for telemetry and the manifest. */
    public interface Output {
        Drafts.Meta meta();
    }

    record InterviewRef(UUID id, String label, Language language) {}

    /** {@code load_project}: the project as the run sees it, and the route decided for it. */
    public record Loaded(
            UUID projectId,
            String name,
            String researchQuestion,
            Language language,
            String template,
            List<InterviewRef> interviews,
            int fragments,
            String route,
            String routeReason,
            Drafts.Meta meta)
            implements Output {
        public Loaded {
            interviews = List.copyOf(interviews);
        }
    }

    /**
     * {@code auto_code} and {@code axial_grouping}: what the coding module did ({@code ran=false}: nothing to do).
     * {@code skipped} fragments were left uncoded because their batch failed with {@code failure}.
     */
    record Coding(
            boolean ran,
            int created,
            int applied,
            int dropped,
            int failedBatches,
            int skipped,
            LlmError failure,
            Drafts.Meta meta)
            implements Output {

        Coding(boolean ran, int created, int applied, int dropped, Drafts.Meta meta) {
            this(ran, created, applied, dropped, 0, 0, null, meta);
        }
    }

    /** {@code graph_sync}: network metrics and the counts the run needs. */
    record Graph(
            NetworkMetrics metrics, int categories, int codes, boolean degraded, List<String> missing, Drafts.Meta meta)
            implements Output {
        Graph {
            missing = List.copyOf(missing);
        }
    }

    /** A fragment proposed as evidence for a category, best first. */
    record Candidate(UUID fragmentId, double similarity) {}

    /** {@code semantic_evidence}: candidates per category (most central categories first). */
    record CategoryEvidence(
            Map<UUID, List<Candidate>> byCategory,
            List<UUID> promptCategories,
            String source,
            boolean degraded,
            Drafts.Meta meta)
            implements Output {
        CategoryEvidence {
            byCategory = Map.copyOf(byCategory);
            promptCategories = List.copyOf(promptCategories);
        }
    }

    /** {@code identify_central_category}; {@code storyline} blank and {@code scores} empty offline. */
    record Core(
            UUID categoryId,
            String why,
            List<Drafts.Cite> evidence,
            List<String> repairs,
            Drafts.Meta meta,
            String storyline,
            List<Drafts.CandidateScore> scores)
            implements Output {
        Core {
            evidence = List.copyOf(evidence);
            repairs = List.copyOf(repairs);
            storyline = storyline == null ? "" : storyline;
            scores = scores == null ? List.of() : List.copyOf(scores);
        }

        Core(UUID categoryId, String why, List<Drafts.Cite> evidence, List<String> repairs, Drafts.Meta meta) {
            this(categoryId, why, evidence, repairs, meta, "", List.of());
        }
    }

    /** {@code build_paradigm}: components, consequences and propositions, after validation and repairs. */
    record Paradigm(
            List<Drafts.Claim> causal,
            List<Drafts.Claim> context,
            List<Drafts.Claim> intervening,
            List<Drafts.Claim> strategies,
            List<Drafts.Consequence> consequences,
            List<Drafts.Proposition> propositions,
            List<String> repairs,
            Drafts.Meta meta)
            implements Output {
        Paradigm {
            causal = List.copyOf(causal);
            context = List.copyOf(context);
            intervening = List.copyOf(intervening);
            strategies = List.copyOf(strategies);
            consequences = List.copyOf(consequences);
            propositions = List.copyOf(propositions);
            repairs = List.copyOf(repairs);
        }
    }

    /** A point of the computed saturation curve. */
    record Point(UUID interviewId, int newCodes, int cumulativeCodes) {}

    /** {@code analyze_saturation_and_gaps}: computed curve and readiness, the model's judgement, gaps and plan. */
    record Saturation(
            List<Point> curve,
            boolean plateau,
            int readiness,
            Integer modelReadiness,
            String modelAssessment,
            List<Drafts.Gap> gaps,
            List<com.theogen.theory.Theory.SamplingStep> plan,
            Drafts.Meta meta)
            implements Output {
        Saturation {
            curve = List.copyOf(curve);
            gaps = List.copyOf(gaps);
            plan = List.copyOf(plan);
        }
    }

    /** {@code verify_evidence}: the theory's claims with only verified evidence, and what was dropped. */
    public record Verified(
            com.theogen.theory.Theory.CoreCategory core,
            com.theogen.theory.Theory.Paradigm paradigm,
            List<com.theogen.theory.Theory.Consequence> consequences,
            List<com.theogen.theory.Theory.Proposition> propositions,
            com.theogen.theory.Theory.Validation validation,
            com.theogen.theory.Theory.EvidenceCoverage coverage,
            Drafts.Meta meta)
            implements Output {
        public Verified {
            consequences = List.copyOf(consequences);
            propositions = List.copyOf(propositions);
        }
    }

    /** {@code save_theory}. */
    public record Saved(UUID theoryId, int version) {}
}
