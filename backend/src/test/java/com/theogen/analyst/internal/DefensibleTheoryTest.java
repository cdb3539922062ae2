package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.OfflineTheory;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.CategoryPair;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADR 043, on small hand-written Spanish and English texts: the core category is a process, not a role; a causal
 * connective alone never makes a causal proposition; categories are coherent; names prefer processes and phrases;
 * Spanish function words are stop words.
 */
class DefensibleTheoryTest {

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Fragment key → {interview number, text}; every fragment is a participant turn. */
    private static List<AnalystFragment> fragments(Language language, Map<String, Object[]> turns) {
        List<AnalystFragment> fragments = new ArrayList<>();
        turns.forEach((key, turn) -> fragments.add(new AnalystFragment(
                id("f:" + key), id("i:" + turn[0]), "P" + turn[0], false, language, (String) turn[1])));
        return fragments;
    }

    private static TheoryCategory category(String name, List<String> labels, String... keys) {
        List<UUID> fragments =
                java.util.Arrays.stream(keys).map(k -> id("f:" + k)).toList();
        List<TheoryCode> codes = labels.stream()
                .map(label -> new TheoryCode(id("code:" + label), label, fragments, true))
                .toList();
        return new TheoryCategory(id("cat:" + name), name, "", codes);
    }

    private static TheoryRequest request(
            Language language, Map<String, Object[]> turns, List<TheoryCategory> categories, List<CategoryMetrics> m) {
        List<AnalystFragment> fragments = fragments(language, turns);
        List<UUID> interviews =
                fragments.stream().map(AnalystFragment::interviewId).distinct().toList();
        List<CategoryPair> pairs = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            for (int j = i + 1; j < categories.size(); j++) {
                pairs.add(new CategoryPair(
                        categories.get(i).categoryId(), categories.get(j).categoryId(), 1));
            }
        }
        return new TheoryRequest(language, interviews, categories, fragments, m, pairs, List.of("nurses", "carers"));
    }

    // --- core category -------------------------------------------------------------------------------------------

    @Test
    void theCoreCategoryIsAProcessNotTheMoreCentralRoleAndTheTextSaysWhy() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "La trabajadora social vino una vez. Siento mucha culpa."});
        turns.put("B", new Object[] {2, "Llamé a la trabajadora social. El cansancio no se va."});
        turns.put("C", new Object[] {3, "Tengo culpa todo el día."});
        TheoryCategory role = category("Trabajadora social", List.of("trabajadora social", "vecina"), "A", "B");
        TheoryCategory guilt = category("Culpa", List.of("culpa", "cansancio"), "A", "B", "C");
        List<CategoryMetrics> metrics = List.of(
                new CategoryMetrics(role.categoryId(), 1, 10, 0.30, 1.0),
                new CategoryMetrics(guilt.categoryId(), 1, 8, 0.25, 0.75));

        CentralCategory central = CentralCategorySelector.choose(
                new TheoryData(request(Language.ES, turns, List.of(role, guilt), metrics)));

        assertThat(central.name()).isEqualTo("Culpa");
        assertThat(central.why())
                .startsWith("«Culpa» es la categoría central")
                .contains("carácter de proceso 1,00")
                .contains("centralidad × cobertura × (0,25 + 0,75 × carácter de proceso)")
                .contains("«Trabajadora social» tiene más centralidad × cobertura (1,00) pero menos carácter de proceso"
                        + " (0,00): nombra sobre todo personas, roles o lugares");
        assertThat(central.ranking())
                .extracting(CentralCategory.Score::name)
                .containsExactly("Culpa", "Trabajadora social");
    }

    @Test
    void inEnglishTooARoleOrPlaceGivesWayToWhatParticipantsGoThrough() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "The social worker came round. Juggling shifts is the hard part."});
        turns.put("B", new Object[] {2, "We saw the social worker at the hospital. Juggling shifts again."});
        turns.put("C", new Object[] {3, "It is all juggling shifts."});
        TheoryCategory role = category("Social worker", List.of("social worker", "hospital"), "A", "B");
        TheoryCategory juggling = category("Juggling shifts", List.of("juggling shifts"), "A", "B", "C");
        List<CategoryMetrics> metrics = List.of(
                new CategoryMetrics(role.categoryId(), 1, 10, 0.30, 1.0),
                new CategoryMetrics(juggling.categoryId(), 1, 7, 0.22, 0.75));

        CentralCategory central = CentralCategorySelector.choose(
                new TheoryData(request(Language.EN, turns, List.of(role, juggling), metrics)));

        assertThat(central.name()).isEqualTo("Juggling shifts");
        assertThat(central.why()).contains("“Social worker” has more centrality × coverage", "process character");
    }

    @Test
    void conceptKindsReadTheHeadOfALabelInItsLanguage() {
        assertThat(ConceptKind.of("social worker", Tongue.EN, Set.of())).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("day centres", Tongue.EN, Set.of())).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("caring", Tongue.EN, Set.of())).isEqualTo(ConceptKind.PROCESS);
        assertThat(ConceptKind.of("trabajadora social", Tongue.ES, Set.of())).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("enfermeras", Tongue.ES, Set.of())).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("conciliación", Tongue.ES, Set.of())).isEqualTo(ConceptKind.PROCESS);
        assertThat(ConceptKind.of("culpa", Tongue.ES, Set.of())).isEqualTo(ConceptKind.PROCESS);
        assertThat(ConceptKind.of("Krankenhaus", Tongue.DE, Set.of())).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("Entlastung", Tongue.DE, Set.of())).isEqualTo(ConceptKind.PROCESS);
        assertThat(ConceptKind.of("tablets", Tongue.EN, Set.of())).isEqualTo(ConceptKind.OTHER);
        // a domain template's actors count as actors ("gestores de salud": "gestores", not "salud")
        Set<String> actors = ConceptKind.actorWords(List.of("gestores de salud"), Tongue.ES);
        assertThat(ConceptKind.of("gestora", Tongue.ES, actors)).isEqualTo(ConceptKind.OTHER);
        assertThat(ConceptKind.of("gestores", Tongue.ES, actors)).isEqualTo(ConceptKind.ACTOR);
        assertThat(ConceptKind.of("salud", Tongue.ES, actors)).isEqualTo(ConceptKind.PROCESS);
    }

    // --- propositions --------------------------------------------------------------------------------------------

    private static List<Proposition> propositions(Language language, Map<String, Object[]> turns, String... keys) {
        TheoryCategory a = category(
                language == Language.ES ? "Culpa" : "Guilt",
                List.of(language == Language.ES ? "culpa" : "guilt"),
                keys);
        TheoryCategory b = category(
                language == Language.ES ? "Trabajo" : "Work",
                List.of(language == Language.ES ? "trabajo" : "work"),
                keys);
        OfflineTheory theory = new CueTheorist().theorize(request(language, turns, List.of(a, b), null));
        return theory.propositions();
    }

    @Test
    void aConnectiveInOneInterviewIsNoProposition() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Siento culpa porque dejé el trabajo."});
        turns.put("B", new Object[] {1, "La culpa y el trabajo no me dejan dormir."});

        assertThat(propositions(Language.ES, turns, "A", "B")).isEmpty();
    }

    @Test
    void aReasonLinkingBothCategoriesInTwoInterviewsIsWordedAsASuggestionNotACause() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Siento culpa porque dejé el trabajo."});
        turns.put("B", new Object[] {2, "Con el trabajo no llego a todo."});

        List<Proposition> propositions = propositions(Language.ES, turns, "A", "B");

        assertThat(propositions).singleElement().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEqualTo("porque");
            assertThat(p.mechanism().quote().text()).isEqualTo("Siento culpa porque dejé el trabajo.");
            assertThat(p.text())
                    .startsWith("En 2 de los 2 fragmentos donde aparece «")
                    .contains("(de 2 entrevistas) aparece también «")
                    .endsWith(", y un participante las enlaza con una razón («porque»). Sugiere, sin probarlo, una"
                            + " relación entre ellas que conviene contrastar con más casos.");
        });
    }

    @Test
    void aBecauseThatMentionsOnlyOneCategoryGivesCoOccurrenceWordingOnly() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "I feel guilt because I shout. Guilt and work, always together."});
        turns.put("B", new Object[] {2, "Work is hard because I never stop. Guilt comes later."});

        List<Proposition> propositions = propositions(Language.EN, turns, "A", "B");

        assertThat(propositions).singleElement().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEmpty();
            assertThat(p.mechanism().quote().text()).isEqualTo("Guilt and work, always together.");
            assertThat(p.text())
                    .doesNotContain("because", "reason")
                    .endsWith(
                            "a participant mentions them in one sentence. The data show that they co-occur, not why.");
        });
    }

    @Test
    void aConditionMarkerInASentenceNamingBothIsStatedAsAConditionToTest() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Cuando hay mucho trabajo, la culpa no me deja dormir."});
        turns.put("B", new Object[] {2, "El trabajo me agota y la culpa también."});

        assertThat(propositions(Language.ES, turns, "A", "B")).singleElement().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEqualTo("Cuando");
            assertThat(p.mechanism().quote().text()).isEqualTo("Cuando hay mucho trabajo, la culpa no me deja dormir.");
            assertThat(p.text())
                    .endsWith(", y un participante las enlaza con una condición («Cuando»). Sugiere, sin probarlo, que"
                            + " una se da en las circunstancias de la otra; conviene contrastarlo con más casos.");
        });
    }

    @Test
    void aSequenceMarkerIsStatedAsAnOrderInTimeButAReasonStillWins() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "At first it was work, and then the guilt came. I am looking after work."});
        turns.put("B", new Object[] {2, "Work first, guilt later."});

        assertThat(propositions(Language.EN, turns, "A", "B")).singleElement().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEqualTo("At first");
            assertThat(p.text())
                    .endsWith(", and a participant places one after the other in time (“At first”). This suggests,"
                            + " without proving it, a sequence worth testing with more cases.");
        });

        turns.put("C", new Object[] {2, "Work makes me feel guilt because I am never home."});
        assertThat(propositions(Language.EN, turns, "A", "B", "C"))
                .singleElement()
                .satisfies(p -> assertThat(p.mechanism().cue()).isEqualTo("because"));
    }

    @Test
    void aLinkTheQuoteStatesPutsAPropositionBeforeMoreFrequentCoOccurrence() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "La culpa y el trabajo, siempre juntos."});
        turns.put("B", new Object[] {2, "El trabajo y la culpa otra vez."});
        turns.put("E", new Object[] {3, "Culpa y trabajo."});
        turns.put("C", new Object[] {4, "Siento culpa porque el sueldo no alcanza."});
        turns.put("D", new Object[] {5, "El sueldo y la culpa."});
        TheoryCategory guilt = category("Culpa", List.of("culpa"), "A", "B", "E", "C", "D");
        TheoryCategory work = category("Trabajo", List.of("trabajo"), "A", "B", "E");
        TheoryCategory pay = category("Sueldo", List.of("sueldo"), "C", "D");

        List<Proposition> propositions = new CueTheorist()
                .theorize(request(Language.ES, turns, List.of(guilt, work, pay), null))
                .propositions();

        assertThat(propositions).hasSize(2);
        assertThat(propositions.get(0).mechanism().cue()).isEqualTo("porque");
        assertThat(propositions.get(0).text()).contains("«Sueldo»").doesNotContain("«Trabajo»");
        assertThat(propositions.get(1).text()).contains("«Trabajo»", "En 3 de las 5 entrevistas");
    }

    @Test
    void withoutASentenceMentioningBothCategoriesAPassageMayBackCoOccurrenceButNeverACause() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Tengo culpa porque no llego. El trabajo me agota."});
        turns.put("B", new Object[] {2, "El trabajo es duro porque no paro. Luego la culpa."});

        assertThat(propositions(Language.ES, turns, "A", "B")).singleElement().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEmpty();
            assertThat(p.mechanism().quote().text()).isEqualTo("Tengo culpa porque no llego. El trabajo me agota.");
            assertThat(p.text())
                    .doesNotContain("razón", "porque")
                    .endsWith("un participante las menciona en un mismo pasaje. Los datos muestran que coinciden, no"
                            + " por qué.");
        });
    }

    @Test
    void categoriesNeverMentionedTogetherInATurnGiveNoProposition() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Tengo culpa porque no llego."});
        turns.put("B", new Object[] {2, "El trabajo es duro porque no paro."});

        assertThat(propositions(Language.ES, turns, "A", "B")).isEmpty();
    }

    @Test
    void noTwoPropositionsQuoteTheSameSentence() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Siento culpa porque el trabajo y la familia no caben."});
        turns.put("B", new Object[] {2, "La familia, el trabajo y la culpa, todo junto."});
        TheoryCategory guilt = category("Culpa", List.of("culpa"), "A", "B");
        TheoryCategory work = category("Trabajo", List.of("trabajo"), "A", "B");
        TheoryCategory family = category("Familia", List.of("familia"), "A", "B");

        List<Proposition> propositions = new CueTheorist()
                .theorize(request(Language.ES, turns, List.of(guilt, work, family), null))
                .propositions();

        assertThat(propositions).isNotEmpty();
        assertThat(propositions)
                .extracting(p -> p.mechanism().quote().fragmentId() + "@"
                        + p.mechanism().quote().start())
                .doesNotHaveDuplicates();
    }

    // --- categories ----------------------------------------------------------------------------------------------

    @Test
    void aCodeBarelyRelatedToACategoryStaysApartSoCategoriesAreCoherent() {
        double[][] similarity = {{1, 0.6, 0.08}, {0.6, 1, 0.08}, {0.08, 0.08, 1}};
        List<AverageLinkage.Cluster> start = List.of(
                new AverageLinkage.Cluster(List.of(0), -1),
                new AverageLinkage.Cluster(List.of(1), -1),
                new AverageLinkage.Cluster(List.of(2), -1));

        List<AverageLinkage.Cluster> clusters = AverageLinkage.cluster(similarity, start, 1);

        assertThat(clusters).extracting(AverageLinkage.Cluster::members).containsExactly(List.of(0, 1), List.of(2));
        assertThat(AgglomerativeAxialGrouper.coherence(List.of(0, 1), similarity))
                .isGreaterThanOrEqualTo(AverageLinkage.THRESHOLD);
    }

    @Test
    void aCategoryIsNamedAfterAProcessPhraseRatherThanAPerson() {
        Map<String, Object[]> turns = new LinkedHashMap<>();
        turns.put("A", new Object[] {1, "Mi abuela y los turnos de noche, eso es todo."});
        turns.put("B", new Object[] {2, "Con la abuela hago turnos de noche."});
        turns.put("C", new Object[] {3, "Turnos de noche otra vez, por la abuela."});
        turns.put("D", new Object[] {4, "La abuela no duerme y yo con turnos de noche."});
        List<AnalystFragment> fragments = fragments(Language.ES, turns);
        List<UUID> all = fragments.stream().map(AnalystFragment::fragmentId).toList();
        List<AxialCode> codes = List.of(
                new AxialCode(id("abuela"), "abuela", all, null),
                new AxialCode(id("turnos"), "turnos de noche", all, null));

        AxialGroupingResult result = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments));

        assertThat(result.categories()).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("Turnos de noche"));
    }

    // --- stop words ----------------------------------------------------------------------------------------------

    @Test
    void spanishFunctionWordsMissingFromLucenesListAreStopWords() {
        LanguageProfile spanish = LanguageProfile.of(Tongue.ES);

        assertThat(List.of(
                        "aquel",
                        "aquella",
                        "aquellos",
                        "aquello",
                        "cuyo",
                        "cuyas",
                        "ambos",
                        "varios",
                        "quizás",
                        "apenas"))
                .allSatisfy(
                        word -> assertThat(spanish.isStopWord(word)).as(word).isTrue());
        assertThat(spanish.isStopWord("culpa")).isFalse();
    }
}
