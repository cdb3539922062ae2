package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineOpenCoderTest {

    private final OfflineOpenCoder coder = new KeyPhraseOpenCoder();

    private OpenCodingResult code(List<AnalystFragment> fragments, List<String> existing) {
        return coder.code(new OpenCodingRequest(fragments.get(0).language(), fragments, List.of(), existing));
    }

    private static OpenCodingResult.CodeDraft codeNamed(OpenCodingResult result, String label) {
        return result.codes().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code '" + label + "' in " + labels(result)));
    }

    private static List<String> labels(OpenCodingResult result) {
        return result.codes().stream().map(OpenCodingResult.CodeDraft::label).toList();
    }

    @Test
    void findsTheConceptsThreeSpanishInterviewsShare() {
        OpenCodingResult result = code(Corpora.spanishNightShifts(), List.of());

        assertThat(labels(result)).contains("turnos de noche", "cansancio", "centro de día");
        OpenCodingResult.CodeDraft nightShifts = codeNamed(result, "turnos de noche");
        assertThat(nightShifts.language()).isEqualTo(Language.ES);
        assertThat(nightShifts.definition()).startsWith("Aparece en ").contains("3 entrevistas");
        assertThat(nightShifts.generatedBy()).isEqualTo("offline");
    }

    @Test
    void findsMultiWordEnglishConceptsAsParticipantsSaidThem() {
        OpenCodingResult result = code(Corpora.englishFlexibleHours(), List.of());

        assertThat(labels(result)).contains("flexible working hours", "day centre", "guilt");
        assertThat(codeNamed(result, "day centre").definition()).startsWith("Mentioned in ");
    }

    @Test
    void mergesSingularAndPluralAndNearDuplicatePhrasesIntoOneCode() {
        OpenCodingResult spanish = code(Corpora.spanishNightShifts(), List.of());
        OpenCodingResult english = code(Corpora.englishFlexibleHours(), List.of());

        assertThat(codeNamed(spanish, "turnos de noche").variants()).contains("turnos de noche", "turno de noche");
        assertThat(labels(spanish)).doesNotContain("turno de noche");
        assertThat(codeNamed(english, "flexible working hours").variants())
                .contains("flexible working hours", "flexible hours");
        assertThat(labels(english)).doesNotContain("flexible hours");
    }

    @Test
    void neverCodesInterviewerTurns() {
        List<AnalystFragment> fragments = Corpora.spanishNightShifts();
        Set<UUID> interviewerTurns = fragments.stream()
                .filter(AnalystFragment::interviewer)
                .map(AnalystFragment::fragmentId)
                .collect(Collectors.toSet());

        OpenCodingResult result = code(fragments, List.of());

        assertThat(result.codes())
                .flatMap(OpenCodingResult.CodeDraft::applications)
                .extracting(a -> a.quote().fragmentId())
                .doesNotContainAnyElementsOf(interviewerTurns);
        assertThat(result.fragmentsExamined()).isEqualTo(9);
    }

    @Test
    void rejectsFillersNumbersSpeakerLabelsAndTopicsOfASingleInterview() {
        OpenCodingResult spanish = code(Corpora.spanishNightShifts(), List.of());
        OpenCodingResult english = code(Corpora.englishFlexibleHours(), List.of());

        List<String> all = new ArrayList<>(labels(spanish));
        all.addAll(labels(english));
        assertThat(all)
                .noneMatch(l -> Set.of("bueno", "o sea", "pues", "vale", "uh", "um", "you know", "i mean", "like")
                        .contains(l.toLowerCase(Locale.ROOT)))
                .noneMatch(l -> l.matches(".*\\d.*"))
                .noneMatch(l -> Set.of("ana", "belén", "carmen", "dan", "eve", "fay", "interviewer")
                        .contains(l.toLowerCase(Locale.ROOT)))
                .doesNotContain("huerta", "bees", "twenty-four seven", "twenty-four");
    }

    @Test
    void intensifiersAndPronounsThatRecurEverywhereNeverBecomeSpanishCodes() {
        OpenCodingResult result = code(
                Corpora.interviews(
                        Language.ES,
                        Map.of(
                                "Ana",
                                List.of(
                                        "Me cuesta muchísimo dormir, los demás no lo entienden.",
                                        "Cada día es distinto, el cansancio me pesa muchísimo."),
                                "Belén",
                                List.of(
                                        "Lo noto muchísimo en el trabajo; los demás se quejan.",
                                        "El cuidado es distinto cuando el cansancio se acumula."),
                                "Carmen",
                                List.of(
                                        "Los demás duermen y yo no; el cansancio es distinto.",
                                        "Me afecta muchísimo, el cansancio no se va."))),
                List.of());

        assertThat(labels(result))
                .extracting(l -> l.toLowerCase(Locale.ROOT))
                .contains("cansancio")
                .doesNotContain("muchísimo", "demás", "distinto");
    }

    @Test
    void quotesAreTheVerbatimSentenceCarryingThePhrase() {
        List<AnalystFragment> fragments = Corpora.spanishNightShifts();
        Map<UUID, String> texts =
                fragments.stream().collect(Collectors.toMap(AnalystFragment::fragmentId, AnalystFragment::text));

        OpenCodingResult result = code(fragments, List.of());

        for (OpenCodingResult.CodeDraft code : result.codes()) {
            for (OpenCodingResult.Application application : code.applications()) {
                Quote quote = application.quote();
                assertThat(texts.get(quote.fragmentId()).substring(quote.start(), quote.end()))
                        .isEqualTo(quote.text());
                assertThat(application.confidence()).isBetween(0.0, 1.0);
            }
        }
        OpenCodingResult.Application belen = codeNamed(result, "turnos de noche").applications().stream()
                .filter(a -> a.quote().text().contains("fábrica"))
                .findFirst()
                .orElseThrow();
        assertThat(belen.quote().text()).isEqualTo("Pues yo hago turnos de noche en la fábrica desde 2019.");
    }

    @Test
    void quotesOnlyTheClausesAroundThePhraseInARunOnSentence() {
        String filler = "y luego fuimos al mercado, y después a casa de mi prima, y allí comimos todos juntos, ";
        String runOn = filler.repeat(4) + "y el centro de día nos llamó para decir que no había plaza, "
                + filler.repeat(3) + "y así todo el rato";
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.ES,
                Map.of(
                        "Gema", List.of(runOn, "El centro de día es caro."),
                        "Hugo", List.of("Sin el centro de día no podría trabajar.")));

        OpenCodingResult result = code(fragments, List.of());

        Quote quote = codeNamed(result, "centro de día").applications().stream()
                .map(OpenCodingResult.Application::quote)
                .filter(q -> q.fragmentId().equals(fragments.get(0).fragmentId()))
                .findFirst()
                .orElseThrow();
        assertThat(quote.isVerbatimIn(runOn)).isTrue();
        assertThat(quote.text()).contains("el centro de día nos llamó").doesNotEndWith(",");
        assertThat(quote.text().length()).isBetween(60, 320);
    }

    @Test
    void aQuotedSentenceEndsAfterItsClosingQuotationMark() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Ivy", List.of("She said \"try the day centre.\" So we did. It was fine."),
                        "Joe", List.of("The day centre closed in August.")));

        OpenCodingResult result = code(fragments, List.of());

        assertThat(codeNamed(result, "day centre").applications())
                .extracting(a -> a.quote().text())
                .containsExactly("She said \"try the day centre.\"", "The day centre closed in August.");
    }

    @Test
    void aWordWrittenTheSameInBothLanguagesIsOneCode() {
        List<AnalystFragment> fragments = new ArrayList<>(Corpora.interviews(
                Language.ES,
                Map.of(
                        "Lola", List.of("El hospital nos mandó a casa."),
                        "Mara", List.of("Del hospital salimos de noche."))));
        fragments.addAll(Corpora.interviews(
                Language.EN,
                Map.of(
                        "Ned", List.of("The hospital discharged him on a Friday."),
                        "Olga", List.of("At the hospital nobody told us anything."))));

        OpenCodingResult result = coder.code(new OpenCodingRequest(Language.EN, fragments, List.of(), List.of()));

        assertThat(labels(result)).containsOnlyOnce("hospital");
        assertThat(codeNamed(result, "hospital").applications()).hasSize(4);
    }

    @Test
    void namesOfPeopleAndPlacesAreNotCodesEvenWhenTheyRecur() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.ES,
                Map.of(
                        "Pepa", List.of("Vivimos en Valladolid desde siempre.", "La residencia de Valladolid es cara."),
                        "Rita", List.of("Mi hermana vive en Valladolid.", "La residencia pública tiene lista.")));

        OpenCodingResult result = code(fragments, List.of());

        assertThat(labels(result)).contains("residencia").doesNotContain("Valladolid", "valladolid");
    }

    @Test
    void reusesAnExistingCodeLabelForTheSamePhrase() {
        OpenCodingResult result = code(Corpora.englishFlexibleHours(), List.of("Day centre"));

        OpenCodingResult.CodeDraft reused = codeNamed(result, "Day centre");
        assertThat(reused.reused()).isTrue();
        assertThat(reused.applications()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(labels(result)).doesNotContain("day centre");
    }

    @Test
    void givesEachFragmentAtMostThreeCodes() {
        OpenCodingResult result = coder.code(
                new OpenCodingRequest(Language.EN, SyntheticCorpus.generate(6, 40, 3), List.of(), List.of()));

        Map<UUID, Long> perFragment = result.codes().stream()
                .flatMap(c -> c.applications().stream())
                .collect(Collectors.groupingBy(a -> a.quote().fragmentId(), Collectors.counting()));
        assertThat(perFragment.values()).allMatch(n -> n >= 1 && n <= 3);
    }

    @Test
    void sameRequestGivesTheSameResult() {
        OpenCodingRequest request = new OpenCodingRequest(
                Language.ES, SyntheticCorpus.generate(6, 30, 11), List.of("cansancio"), List.of());

        assertThat(coder.code(request)).isEqualTo(coder.code(request));
        assertThat(new KeyPhraseOpenCoder().code(request)).isEqualTo(coder.code(request));
    }

    @Test
    void anEmptyProjectHasNoCodes() {
        OpenCodingResult result = coder.code(new OpenCodingRequest(Language.EN, List.of(), List.of(), List.of()));

        assertThat(result.codes()).isEmpty();
        assertThat(result.fragmentsExamined()).isZero();
    }

    /** Issue #18: only turns that say something are coded; backchannels are not, however often they recur. */
    @Test
    void turnsThatSayNothingCodableGetNoCode() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Ann",
                                List.of(
                                        "The night shifts at the depot wear me out.",
                                        "Okay, cool.",
                                        "Sure, interesting."),
                        "Bob", List.of("Night shifts at the depot again this month.", "Okay, cool.", "Interesting."),
                        "Cat", List.of("My night shifts never end.", "Cool.", "Interesting, okay.")));

        OpenCodingResult result = code(fragments, List.of());

        assertThat(labels(result)).contains("night shifts").doesNotContain("cool", "interesting");
        assertThat(result.fragmentsCoded()).isEqualTo(3);
    }

    /** Redactions ("XXX XX") and transcriber's notes ("[unintelligible]") are not what participants said. */
    @Test
    void redactionsAndTranscriberNotesAreNeverCodes() {
        List<AnalystFragment> fragments = Corpora.interviews(
                Language.EN,
                Map.of(
                        "Ann", List.of("We moved to XXXXXX XX for the new job [unintelligible] at the depot."),
                        "Bob", List.of("After XXXXXX XX the depot job [unintelligible] got worse."),
                        "Cat", List.of("The depot job in XXXXXX XX, [unintelligible], was hard.")));

        OpenCodingResult result = code(fragments, List.of());

        assertThat(labels(result))
                .isNotEmpty()
                .noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("xx") || l.contains("unintelligible"));
    }
}
