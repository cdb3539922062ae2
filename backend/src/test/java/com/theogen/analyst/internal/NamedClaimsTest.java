package com.theogen.analyst.internal;

import static com.theogen.analyst.internal.SmallStudy.core;
import static com.theogen.analyst.internal.SmallStudy.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.SaturationReport.Gap;
import com.theogen.analyst.TheoryRequest;
import com.theogen.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 059, on small Spanish and English texts in one Spanish project: a claim about a category quotes a sentence that
 * speaks of what the category is named for, the core is chosen among coherent process categories present in half the
 * interviews, and a category left with a word of another language is reported as such.
 */
class NamedClaimsTest {

    private final CueTheorist theorist = new CueTheorist();

    /** «Coche» groups "car" (said in {@code carSentence}) with "angry"; «Trabajo» is the core. */
    private static TheoryRequest carAndAnger(String carSentence) {
        return new SmallStudy(Language.ES, "cuidadoras")
                .turn("A", 1, Language.EN, "Because when I get angry, I feel so guilty.")
                .turn("B", 2, Language.EN, carSentence)
                .turn("C", 3, Language.ES, "El trabajo no para.")
                .turn("D", 1, Language.ES, "El trabajo de noche me cansa.")
                .code("Coche", "angry", "A")
                .code("Coche", "car", "B")
                .code("Trabajo", "trabajo", "C", "D")
                .request();
    }

    @Test
    void aCausalClaimQuotesTheWordTheCategoryIsNamedForNotAnotherCodeGroupedWithIt() {
        // only the sentence about the car may back a claim about «Coche»
        TheoryRequest request = carAndAnger("I sold the car because the petrol ate my wages.");

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
        TheoryRequest request = carAndAnger("The car is old.");

        ParadigmModel paradigm = theorist.buildParadigm(request, core("Trabajo"));

        assertThat(paradigm.components()).noneMatch(c -> c.name().equals("Coche"));
        assertThat(paradigm.unclassifiedCategoryIds()).contains(id("cat:Coche"));
    }

    @Test
    void theCoreIsACoherentProcessCategoryEvenWhenABroadThemeScoresFarMore() {
        SmallStudy study = SmallStudy.pillsBesideDailyLife(
                        "cuidadoras", "Organizar las pastillas de mi madre me lleva la mañana.")
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
        TheoryRequest request = new SmallStudy(Language.ES, "cuidadoras")
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
