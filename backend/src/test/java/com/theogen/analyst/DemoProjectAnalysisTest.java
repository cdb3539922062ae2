package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline analyst over the demo project (8 interviews about working family caregivers, Spanish and
 * English, all transcript formats). Prints the codebook, categories and theory so a person can judge
 * them, and checks what a researcher would: meaningful concepts, no junk, verbatim evidence.
 */
class DemoProjectAnalysisTest {

    private static final Set<String> SPEAKER_WORDS = Set.of(
            "marta",
            "john",
            "lucía",
            "priya",
            "rosa",
            "david",
            "carmen",
            "helen",
            "p1",
            "respondent",
            "interviewer",
            "entrevistadora");
    private static AnalystRun run;

    @BeforeAll
    static void analyseTheDemoProject() {
        List<DemoTranscripts.Interview> interviews = DemoTranscripts.load();
        run = AnalystRun.of(
                Language.ES,
                DemoTranscripts.fragments(interviews),
                List.of("appointment", "diagnosis", "treatment", "waiting list", "medication", "clinic", "referral"),
                List.of("patients", "carers", "nurses", "physicians", "health managers", "community health workers"));
        System.out.println(DemoReport.render(run));
    }

    @Test
    void loadsEveryDemoInterviewWithParticipantAndInterviewerTurns() {
        List<DemoTranscripts.Interview> interviews = DemoTranscripts.load();

        assertThat(interviews).hasSize(8).allSatisfy(i -> {
            assertThat(i.fragments()).filteredOn(AnalystFragment::interviewer).hasSizeGreaterThan(15);
            assertThat(i.fragments()).filteredOn(f -> !f.interviewer()).hasSizeGreaterThan(15);
        });
    }

    @Test
    void codebookNamesTheConceptsTheCaregiversTalkAbout() {
        List<String> labels = run.coding().codes().stream()
                .map(OpenCodingResult.CodeDraft::label)
                .toList();

        assertThat(labels)
                .contains("day centre", "centro de día", "social worker", "support group", "grupo de apoyo")
                .contains("culpa", "guilty", "money", "sueldo", "hermano", "cansada", "lista de espera");
        assertThat(run.coding().fragmentsCoded()).isGreaterThan(run.coding().fragmentsExamined() * 2 / 3);
    }

    @Test
    void codebookHasNoJunkAndEveryQuoteIsVerbatim() {
        AnalystAssertions.assertSaneCodebook(run, SPEAKER_WORDS);
    }

    @Test
    void theoryRestsOnRealCategoriesAndVerbatimEvidence() {
        AnalystAssertions.assertSaneTheory(run);
        assertThat(run.grouping().categories()).hasSizeBetween(5, 12);
        assertThat(run.theory().paradigm().components())
                .extracting(ParadigmModel.Component::role)
                .hasSizeGreaterThanOrEqualTo(4);
    }
}
