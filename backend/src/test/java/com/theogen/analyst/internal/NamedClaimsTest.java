package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.SaturationReport.Gap;
import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADR 059, on small Spanish and English texts in one Spanish project: a claim about a category quotes a sentence that
 * speaks of what the category is named for, the core is chosen among coherent process categories present in half the
 * interviews, and a category left with a word of another language is reported as such.
 */
class NamedClaimsTest {

    private final CueTheorist theorist = new CueTheorist();

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Turns (key → interview, language, text) and categories (name → label → turn keys). */
    private static final class Study {
        private final Map<String, Object[]> turns = new LinkedHashMap<>();
        private final Map<String, Map<String, List<String>>> categories = new LinkedHashMap<>();
        private final List<CategoryMetrics> metrics = new ArrayList<>();

        Study turn(String key, int interview, Language language, String text) {
            turns.put(key, new Object[] {interview, language, text});
            return this;
        }

        Study code(String category, String label, String... keys) {
            categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(label, List.of(keys));
            return this;
        }

        Study metrics(String category, double weightedDegree, double pageRank) {
            metrics.add(new CategoryMetrics(id("cat:" + category), 1, weightedDegree, pageRank, 1.0));
            return this;
        }

        TheoryRequest request() {
            List<AnalystFragment> fragments = new ArrayList<>();
            turns.forEach((key, turn) -> fragments.add(new AnalystFragment(
                    id("f:" + key),
                    id("i:" + turn[0]),
                    "P" + turn[0],
                    false,
                    (Language) turn[1],
                    (String) turn[2],
                    null)));
            List<TheoryCategory> result = new ArrayList<>();
            categories.forEach((name, codes) -> {
                List<TheoryCode> list = new ArrayList<>();
                codes.forEach((label, keys) -> list.add(new TheoryCode(
                        id("code:" + label),
                        label,
                        keys.stream().map(k -> id("f:" + k)).toList(),
                        true)));
                result.add(new TheoryCategory(id("cat:" + name), name, "", list));
            });
            List<UUID> interviews = fragments.stream()
                    .map(AnalystFragment::interviewId)
                    .distinct()
                    .toList();
            return new TheoryRequest(
                    Language.ES, interviews, result, fragments, metrics, List.of(), List.of("cuidadoras"));
        }
    }

    private static CentralCategory core(String name) {
        return new CentralCategory(id("cat:" + name), name, 1, "", List.of(), "offline");
    }

    @Test
    void aCausalClaimQuotesTheWordTheCategoryIsNamedForNotAnotherCodeGroupedWithIt() {
        // «Coche» groups "car" with "angry"; only the sentence about the car may back a claim about «Coche»
        TheoryRequest request = new Study()
                .turn("A", 1, Language.EN, "Because when I get angry, I feel so guilty.")
                .turn("B", 2, Language.EN, "I sold the car because the petrol ate my wages.")
                .turn("C", 3, Language.ES, "El trabajo no para.")
                .turn("D", 1, Language.ES, "El trabajo de noche me cansa.")
                .code("Coche", "angry", "A")
                .code("Coche", "car", "B")
                .code("Trabajo", "trabajo", "C", "D")
                .request();

        ParadigmModel paradigm = theorist.buildParadigm(request, core("Trabajo"));

        assertThat(paradigm.components())
                .filteredOn(c -> c.name().equals("Coche"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.role()).isEqualTo(ParadigmRole.CAUSAL_CONDITION);
                    assertThat(c.cueSentences()).containsEntry(ParadigmRole.CAUSAL_CONDITION, 1);
                    assertThat(c.evidence())
                            .extracting(e -> e.quote().text())
                            .containsExactly("I sold the car because the petrol ate my wages.");
                });
    }

    @Test
    void aCategoryWhoseOnlyMarkedSentenceIsAboutAnotherCodeGetsNoRole() {
        TheoryRequest request = new Study()
                .turn("A", 1, Language.EN, "Because when I get angry, I feel so guilty.")
                .turn("B", 2, Language.EN, "The car is old.")
                .turn("C", 3, Language.ES, "El trabajo no para.")
                .turn("D", 1, Language.ES, "El trabajo de noche me cansa.")
                .code("Coche", "angry", "A")
                .code("Coche", "car", "B")
                .code("Trabajo", "trabajo", "C", "D")
                .request();

        ParadigmModel paradigm = theorist.buildParadigm(request, core("Trabajo"));

        assertThat(paradigm.components()).noneMatch(c -> c.name().equals("Coche"));
        assertThat(paradigm.unclassifiedCategoryIds()).contains(id("cat:Coche"));
    }

    @Test
    void theCoreIsACoherentProcessCategoryEvenWhenABroadThemeScoresFarMore() {
        Study study = new Study()
                .turn("A", 1, Language.ES, "Organizar las pastillas de mi madre me lleva la mañana.")
                .turn("B", 2, Language.ES, "Vuelvo a organizar las pastillas cada domingo.")
                .turn("C", 3, Language.ES, "Organizar las pastillas antes del trabajo me agota.")
                .turn("D", 1, Language.ES, "El cansancio no se me quita.")
                .turn("E", 2, Language.ES, "La jubilación queda lejos.")
                .turn("F", 3, Language.ES, "La cocina está siempre sucia.")
                .code("Organizar las pastillas", "organizar las pastillas", "A", "B", "C")
                .code("Organizar las pastillas", "pastillas", "A", "B", "C")
                .code("Vida", "cansancio", "D")
                .code("Vida", "jubilación", "E")
                .code("Vida", "cocina", "F")
                .metrics("Vida", 30, 0.60)
                .metrics("Organizar las pastillas", 3, 0.05);

        CentralCategory central = theorist.chooseCentralCategory(study.request());

        assertThat(central.name()).isEqualTo("Organizar las pastillas");
        assertThat(central.ranking().get(0).name()).isEqualTo("Organizar las pastillas");
        assertThat(central.why())
                .contains("Solo se propone como núcleo una categoría de varios códigos")
                .contains("Puntúan más, pero no lo cumplen: «Vida» (coherencia 0,");
    }

    @Test
    void aCategoryNamedWithAWordOfAnotherLanguageTheLexiconLacksIsReportedWithThatLanguage() {
        TheoryRequest request = new Study()
                .turn("A", 1, Language.EN, "The sensors in the hall beep all night.")
                .turn("B", 2, Language.EN, "We put sensors on the doors.")
                .turn("C", 3, Language.ES, "Siento culpa todo el día.")
                .turn("D", 1, Language.EN, "I sold the car last year.")
                .code("Sensors", "sensors", "A", "B")
                .code("Culpa", "culpa", "C")
                .code("Coche", "car", "D")
                .request();

        List<Gap> gaps = GapFinder.namesInOtherLanguages(new TheoryData(request));

        // «Coche» was translated from "car" and «Culpa» is Spanish: only «Sensors» keeps an English word
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(GapFinder.NAME_LANGUAGE);
            assertThat(g.categoryId()).isEqualTo(id("cat:Sensors"));
            assertThat(g.description())
                    .startsWith("«Sensors» conserva la palabra que dijeron los participantes en inglés");
        });
    }

    @Test
    void everydayWordsOfTheDemoInterviewsAreTranslatedAsOneConcept() {
        ConceptLexicon lexicon = ConceptLexicon.get();

        assertThat(lexicon.translate("health", Tongue.EN, Tongue.ES)).contains("salud");
        assertThat(lexicon.translate("die", Tongue.EN, Tongue.ES)).contains("muerte");
        assertThat(lexicon.translate("dose", Tongue.EN, Tongue.ES)).contains("dosis");
        assertThat(lexicon.translate("camera", Tongue.EN, Tongue.ES)).contains("cámara");
    }
}
