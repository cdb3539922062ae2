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
        // more, smaller categories since ADR 043: codes below the coherence floor are not grouped; 25 -> 29 since
        // ADR 056's 2026-12-04 section: kin codes no longer join «Trabajo» through co-occurrence profiles
        assertThat(run.grouping().categories()).hasSizeBetween(5, 30);
        assertThat(run.theory().paradigm().components())
                .extracting(ParadigmModel.Component::role)
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theDemoTheoryIsDefensible() {
        // ADR 043: the core category is not named after a role, person or place
        assertThat(run.theory().centralCategory().name())
                .isNotIn("Social worker", "Vecina", "Hospital", "Doctor", "Chica", "Suegra", "Enfermera");
        assertThat(run.theory().centralCategory().why()).contains("carácter de proceso");
        // ADR 056, 2026-12-04: no kin code joins the core through the codes both are said beside
        assertThat(run.grouping().categories())
                .filteredOn(c -> c.name().equals(run.theory().centralCategory().name()))
                .singleElement()
                .satisfies(core -> assertThat(core.codeIds().stream()
                                .map(id -> run.codesById().get(id).label()))
                        .isNotEmpty()
                        .doesNotContain("hermano", "brothers", "familia", "family"));
        // no category of several codes is presented with a coherence under the clustering floor
        assertThat(run.grouping().categories())
                .filteredOn(c -> c.codeIds().size() > 1)
                .allSatisfy(c -> assertThat(c.coherence()).isGreaterThanOrEqualTo(0.12));
        // every proposition spans two interviews, quotes a sentence naming two of its categories, once
        java.util.Map<java.util.UUID, java.util.UUID> interviewOf = new java.util.HashMap<>();
        run.fragments().forEach(f -> interviewOf.put(f.fragmentId(), f.interviewId()));
        assertThat(run.theory().propositions()).allSatisfy(p -> {
            assertThat(p.fragmentIds().stream().map(interviewOf::get).distinct().count())
                    .isGreaterThanOrEqualTo(2);
            if (!p.mechanism().cue().isEmpty()) {
                assertThat(p.text()).contains("Sugiere, sin probarlo");
            } else {
                assertThat(p.text()).contains("Los datos muestran que coinciden, no por qué.");
            }
        });
        assertThat(run.theory().propositions())
                .extracting(p -> p.mechanism().quote().text())
                .doesNotHaveDuplicates();
    }
}
