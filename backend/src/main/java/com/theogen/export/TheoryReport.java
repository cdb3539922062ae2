package com.theogen.export;

import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything an export shows about one version of a project's theory, already in the project language.
 * Renderers take it as it is: they never reorder, filter or translate its content, only its labels. Every
 * evidence quote in it has been verified (it exists verbatim in its fragment); lists may be empty but are
 * never null, and the compact constructor copies them so a report is immutable.
 *
 * @param projectTitle the project's name, shown on title pages
 * @param researchQuestion the question the theory answers; may be blank
 * @param language report language; labels, dates and number formats follow it
 * @param template the domain template the analysis used
 * @param theoryVersion version of the theory within its project (1, 2 …)
 * @param generatedAt when the theory was generated
 * @param generatedBy who produced it: model names, or "offline analyst"
 * @param degraded true when the run fell back to the offline analyst (shown as a notice)
 * @param executiveSummary paragraphs of the executive summary
 * @param coreCategory the core category and why it was chosen
 * @param paradigm the six components of the paradigm model
 * @param propositions "If … then … because …" propositions with their evidence
 * @param gaps where the evidence is thin
 * @param samplingPlan the theoretical sampling plan: who or what to sample next, and why
 * @param network category centrality and co-occurrence
 * @param saturation new and cumulative codes per interview, in interview order
 * @param codebook the project's codes
 * @param verification how many quotes were checked, kept and dropped
 * @param manifest how the run was made: models, prompts, budget decisions, timings
 * @param links where quotes link to in the dashboard; {@link ReportLinks#NONE} for no links
 */
public record TheoryReport(
        String projectTitle,
        String researchQuestion,
        Language language,
        ReportTemplate template,
        int theoryVersion,
        Instant generatedAt,
        String generatedBy,
        boolean degraded,
        List<String> executiveSummary,
        CoreCategory coreCategory,
        ParadigmModel paradigm,
        List<Proposition> propositions,
        List<Gap> gaps,
        List<SamplingStep> samplingPlan,
        NetworkSummary network,
        List<SaturationPoint> saturation,
        List<CodebookEntry> codebook,
        VerificationCounts verification,
        RunManifest manifest,
        ReportLinks links) {

    public TheoryReport {
        Objects.requireNonNull(projectTitle, "projectTitle");
        researchQuestion = researchQuestion == null ? "" : researchQuestion;
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        executiveSummary = List.copyOf(executiveSummary);
        Objects.requireNonNull(coreCategory, "coreCategory");
        Objects.requireNonNull(paradigm, "paradigm");
        propositions = List.copyOf(propositions);
        gaps = List.copyOf(gaps);
        samplingPlan = List.copyOf(samplingPlan);
        Objects.requireNonNull(network, "network");
        saturation = List.copyOf(saturation);
        codebook = List.copyOf(codebook);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(manifest, "manifest");
        links = links == null ? ReportLinks.NONE : links;
    }

    /** The same report with its quotes linking through {@code value}. */
    public TheoryReport withLinks(ReportLinks value) {
        return new TheoryReport(
                projectTitle,
                researchQuestion,
                language,
                template,
                theoryVersion,
                generatedAt,
                generatedBy,
                degraded,
                executiveSummary,
                coreCategory,
                paradigm,
                propositions,
                gaps,
                samplingPlan,
                network,
                saturation,
                codebook,
                verification,
                manifest,
                value);
    }

    /**
     * What a diagram's core box says besides the name: the first phenomenon statement, or the core category's
     * definition when there is none or when the statement only repeats why it is the core (shown beside it).
     */
    public String phenomenonSummary() {
        String first = paradigm.phenomenon().isEmpty()
                ? ""
                : paradigm.phenomenon().get(0).statement().strip();
        return first.isEmpty() || first.equals(coreCategory.rationale().strip()) ? coreCategory.definition() : first;
    }

    /** Every evidence quote of the report (paradigm first, then propositions), in reading order. */
    public List<EvidenceQuote> allQuotes() {
        return java.util.stream.Stream.concat(
                        paradigm.allItems().stream().flatMap(i -> i.evidence().stream()),
                        propositions.stream().flatMap(p -> p.evidence().stream()))
                .toList();
    }
}
