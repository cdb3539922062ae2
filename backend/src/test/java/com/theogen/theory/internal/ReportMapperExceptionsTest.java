package com.theogen.theory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.export.CoreCandidate;
import com.theogen.export.NegativeCase;
import com.theogen.export.TheoryReport;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.Language;
import com.theogen.theory.Theory;
import com.theogen.theory.internal.pipeline.CodingPorts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A saved theory's scored core candidates, storyline and negative cases reach the export report: the chosen
 * candidate marked, each negative case with the verbatim text and interview of the fragment it cites, and a case
 * whose fragment is gone (or never cited) kept as its statement alone (docs/adr/039).
 */
class ReportMapperExceptionsTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID INTERVIEW = UUID.randomUUID();
    private static final UUID NIGHT = UUID.randomUUID();
    private static final UUID FAMILY = UUID.randomUUID();
    private static final Fragment SHOWS = new Fragment(
            UUID.randomUUID(),
            INTERVIEW,
            PROJECT,
            3,
            "Maria",
            "My sister never helps, and I manage anyway.",
            240,
            283,
            null,
            null);

    @Test
    void candidatesStorylineAndNegativeCasesReachTheReportWithTheirFragments() {
        TheoryReport report = mapper().report(theory());

        assertThat(report.coreCategory().rationale()).isEqualTo("It links the others.");
        assertThat(report.coreCategory().storyline()).isEqualTo("Caregivers hold the night together.");
        assertThat(report.coreCategory().candidates())
                .extracting(CoreCandidate::name, CoreCandidate::chosen, CoreCandidate::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Night care", true, 22),
                        org.assertj.core.groups.Tuple.tuple("Family support", false, 12));
        NegativeCase shown = report.paradigm().strategies().get(0).exceptions().get(0);
        assertThat(shown.statement()).isEqualTo("Maria manages without her sister.");
        assertThat(shown.fragment().text()).isEqualTo(SHOWS.text());
        assertThat(shown.fragment().interviewLabel()).isEqualTo("Maria");
        assertThat(shown.fragment().charStart()).isEqualTo(240);
        assertThat(shown.fragment().interviewId()).isEqualTo(INTERVIEW.toString());
        assertThat(report.paradigm().strategies().get(0).exceptions().get(1).hasFragment())
                .as("a fragment no longer in the project")
                .isFalse();
        assertThat(report.propositions().get(0).exceptions())
                .extracting(NegativeCase::statement)
                .containsExactly("Not when a nurse visits.");
        assertThat(report.paradigm().consequences().get(0).exceptions()).hasSize(1);
        assertThat(report.paradigm().causalConditions().get(0).exceptions()).isEmpty();
    }

    private static ReportMapper mapper() {
        Codebooks uncoded = new Codebooks() {
            @Override
            public CodingSnapshot snapshot(UUID projectId) {
                return new CodingSnapshot(projectId, List.of(), List.of(), List.of(), List.of());
            }

            @Override
            public void syncEvidence(UUID projectId) {}
        };
        CodingPorts coding = new CodingPorts(null, uncoded, null);
        InterviewSummary maria = new InterviewSummary(
                INTERVIEW,
                PROJECT,
                "Maria",
                "maria.txt",
                InterviewFormat.TXT,
                Language.EN,
                "ready",
                100,
                600,
                5,
                List.of("Maria"),
                false,
                Instant.parse("2026-12-01T10:00:00Z"),
                null,
                null,
                null,
                false);
        InterviewFragments fragments = new InterviewFragments() {
            @Override
            public List<InterviewSummary> interviewsOf(UUID projectId) {
                return List.of(maria);
            }

            @Override
            public List<Fragment> ofProject(UUID projectId) {
                return List.of(SHOWS);
            }

            @Override
            public List<Fragment> ofInterview(UUID interviewId) {
                return List.of(SHOWS);
            }

            @Override
            public Optional<Fragment> find(UUID fragmentId) {
                return Optional.of(SHOWS).filter(f -> f.id().equals(fragmentId));
            }

            @Override
            public Optional<String> fullText(UUID interviewId) {
                return Optional.empty();
            }
        };
        return new ReportMapper(new DomainTemplateCatalog(), coding, fragments);
    }

    private static Theory theory() {
        Theory.Claim plain = new Theory.Claim(FAMILY, "Family support", "Nights without rest.", List.of());
        Theory.Claim strategy = new Theory.Claim(
                NIGHT,
                "Night care",
                "Caregivers ask relatives for help.",
                List.of(),
                List.of(
                        new Theory.NegativeCase("Maria manages without her sister.", SHOWS.id()),
                        new Theory.NegativeCase("Someone else stopped asking.", UUID.randomUUID())));
        Theory.CoreCategory core = new Theory.CoreCategory(
                NIGHT,
                "Night care",
                "Caring at night",
                "It links the others.",
                List.of(),
                "Caregivers hold the night together.",
                List.of(
                        new Theory.CandidateScore(NIGHT, "Night care", "Touches all.", 5, 4, 5, 4, 4),
                        new Theory.CandidateScore(FAMILY, "Family support", "A condition.", 3, 3, 2, 2, 2)));
        return new Theory(
                UUID.randomUUID(),
                PROJECT,
                2,
                UUID.randomUUID(),
                Instant.parse("2026-12-04T04:00:00Z"),
                Language.EN,
                "generic",
                "staged",
                "gpt-4o (openai)",
                false,
                core,
                new Theory.Paradigm(List.of(), List.of(plain), List.of(), List.of(), List.of(strategy)),
                List.of(new Theory.Consequence(
                        FAMILY,
                        "Family support",
                        "Fatigue accumulates.",
                        "social",
                        "",
                        "long_term",
                        List.of(),
                        List.of(new Theory.NegativeCase("Not for Maria.", SHOWS.id())))),
                List.of(new Theory.Proposition(
                        "P1",
                        "If nights are short, care frays.",
                        List.of(NIGHT),
                        List.of(),
                        List.of(new Theory.NegativeCase("Not when a nurse visits.", null)))),
                List.of(),
                List.of(),
                new Theory.Saturation(List.of(), false, null, ""),
                70,
                new Theory.NetworkSummary(2, 3, 1, 1, List.of(), List.of()),
                new Theory.EvidenceCoverage(4, 0, 0),
                new Theory.Validation(0, 0, 0, 0, 0, 0, List.of(), 0, List.of()),
                new Theory.Manifest(
                        "Night care study",
                        "How do carers cope?",
                        "staged",
                        "default",
                        "openai",
                        "server",
                        "",
                        "generic",
                        Language.EN,
                        1,
                        List.of(),
                        List.of(),
                        Map.of(),
                        Map.of()));
    }
}
