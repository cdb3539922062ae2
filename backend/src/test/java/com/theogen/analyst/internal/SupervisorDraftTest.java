package com.theogen.analyst.internal;

import static com.theogen.analyst.internal.SmallStudy.core;
import static com.theogen.analyst.internal.SmallStudy.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.OfflineTheory;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmModel.Consequence;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.SaturationReport;
import com.theogen.analyst.TheoryRequest;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 057, on small Spanish and English texts: consequences come from result markers with their verbatim sentence
 * (or the theory says there are none), the core is not a broad theme of unlike codes when a coherent central category
 * exists, and bare co-occurrence propositions are few, counted in interviews, and never repeat a quote.
 */
class SupervisorDraftTest {

    private final CueTheorist theorist = new CueTheorist();

    // --- consequences --------------------------------------------------------------------------------------------

    @Test
    void aSpanishResultMarkerMakesTheCategoryAfterItAConsequenceQuotedVerbatim() {
        SmallStudy study = new SmallStudy(Language.ES, "carers")
                .turn(
                        "A",
                        1,
                        "Hablé con mi jefa. Cambié los turnos para cuidar a mi madre, así que ahora gano menos dinero.")
                .turn("B", 2, "Los turnos de noche son duros.")
                .turn("C", 2, "El dinero no alcanza para todo.")
                .code("Turnos", "turnos", "A", "B")
                .code("Dinero", "dinero", "A", "C");
        TheoryRequest request = study.request();

        ParadigmModel paradigm = theorist.buildParadigm(request, core("Turnos"));

        assertThat(paradigm.consequences()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Dinero");
            assertThat(c.type()).isEqualTo(ParadigmModel.ConsequenceType.MATERIAL);
            assertThat(c.evidence().cue()).isEqualTo("así que");
            assertThat(c.evidence().quote().text())
                    .isEqualTo("Cambié los turnos para cuidar a mi madre, así que ahora gano menos dinero.");
            assertThat(c.evidence().quote().isVerbatimIn(study.text("A"))).isTrue();
        });
        assertThat(theorist.analyzeSaturation(request, paradigm).gaps())
                .noneMatch(g -> g.kind().equals(GapFinder.NO_CONSEQUENCES))
                .extracting(SaturationReport.Gap::description)
                .noneMatch(d -> d.contains("consecuencias"));
    }

    @Test
    void anEnglishOutcomePhraseMakesAConsequenceButAnOpeningSoDoesNot() {
        SmallStudy study = new SmallStudy(Language.EN, "carers")
                .turn("A", 1, "So I'm forty-two and my family is big.")
                .turn("B", 1, "The shifts kept changing and I ended up seeing my family once a month.")
                .turn("C", 2, "The night shifts are hard on everyone.")
                .code("Shifts", "shifts", "A", "B", "C")
                .code("Family", "family", "A", "B");
        TheoryRequest request = study.request();

        List<Consequence> consequences =
                theorist.buildParadigm(request, core("Shifts")).consequences();

        assertThat(consequences).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Family");
            assertThat(c.type()).isEqualTo(ParadigmModel.ConsequenceType.SOCIAL);
            assertThat(c.evidence().cue()).isEqualTo("ended up");
            assertThat(c.evidence().quote().fragmentId()).isEqualTo(id("f:B"));
        });
    }

    @Test
    void aFrenchInterviewInASpanishProjectIsReadWithFrenchResultMarkers() {
        SmallStudy study = new SmallStudy(Language.ES, "carers")
                .spoken(SpokenLanguage.FR)
                .turn("A", 1, "Les horaires changeaient tout le temps, donc mon salaire du soir a disparu.")
                .turn("B", 2, "Les horaires de nuit sont durs.")
                .turn("C", 2, "Le salaire ne suffit pas.")
                .code("Horaires", "horaires", "A", "B")
                .code("Salaire", "salaire", "A", "C");
        TheoryRequest request = study.request();

        assertThat(theorist.buildParadigm(request, core("Horaires")).consequences())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Salaire");
                    assertThat(c.type()).isEqualTo(ParadigmModel.ConsequenceType.MATERIAL);
                    assertThat(c.evidence().cue()).isEqualTo("donc");
                });
    }

    @Test
    void soICanStatesAPurposeNotAResult() {
        TheoryRequest request = shiftsAndFamily("I swapped my shifts so I can see my family on Sundays.");

        assertThat(theorist.buildParadigm(request, core("Shifts")).consequences())
                .isEmpty();
    }

    @Test
    void theOutcomeStopsAtABecauseThatGivesAReason() {
        TheoryRequest request =
                shiftsAndFamily("The shifts were a mess and I lost it, because my family never called.");

        assertThat(theorist.buildParadigm(request, core("Shifts")).consequences())
                .isEmpty();
    }

    @Test
    void saysSoWhenNoSentenceStatesAnOutcome() {
        SmallStudy study = new SmallStudy(Language.ES, "carers")
                .turn("A", 1, "Los turnos de noche y el dinero me preocupan.")
                .turn("B", 2, "El dinero y los turnos, siempre lo mismo.")
                .code("Turnos", "turnos", "A", "B")
                .code("Dinero", "dinero", "A", "B");
        TheoryRequest request = study.request();

        ParadigmModel paradigm = theorist.buildParadigm(request, core("Turnos"));
        SaturationReport saturation = theorist.analyzeSaturation(request, paradigm);

        assertThat(paradigm.consequences()).isEmpty();
        assertThat(saturation.gaps())
                .filteredOn(g -> g.kind().equals(GapFinder.NO_CONSEQUENCES))
                .singleElement()
                .satisfies(g -> assertThat(g.description())
                        .startsWith("Los datos no muestran consecuencias")
                        .contains("a qué ha llevado «Turnos»"));
        assertThat(saturation.samplingPlan())
                .anySatisfy(step -> assertThat(step.focus()).contains("Los datos no muestran consecuencias"));
    }

    // --- core category -------------------------------------------------------------------------------------------

    @Test
    void theCoreIsNotABroadThemeOfUnlikeCodesWhenACoherentCentralCategoryExists() {
        SmallStudy study = SmallStudy.pillsBesideDailyLife(
                        "carers",
                        "Organizar las pastillas de mi madre me lleva la mañana; organizar las pastillas es lo primero.")
                .metrics("Vida", 10, 0.30)
                .metrics("Organizar las pastillas", 8, 0.25);

        CentralCategory central = theorist.chooseCentralCategory(study.request());

        assertThat(central.name()).isEqualTo("Organizar las pastillas");
        assertThat(central.why())
                .contains("coherencia")
                .contains("«Vida» tiene más centralidad × cobertura (1,00) pero reúne códigos poco afines")
                .contains("es una lectura de los datos que conviene contrastar, no un hallazgo");
    }

    // --- propositions --------------------------------------------------------------------------------------------

    private static SmallStudy manyPairs(Language language, String[] sentences, String[] labels) {
        SmallStudy study = new SmallStudy(language, "carers");
        for (int i = 0; i < sentences.length; i++) {
            study.turn("T" + i, i % 3 + 1, sentences[i]);
        }
        for (String label : labels) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < sentences.length; i++) {
                if (sentences[i].toLowerCase(java.util.Locale.ROOT).contains(label)) {
                    keys.add("T" + i);
                }
            }
            study.code(Character.toUpperCase(label.charAt(0)) + label.substring(1), label, keys.toArray(String[]::new));
        }
        return study;
    }

    @Test
    void bareCoOccurrencePropositionsAreCappedCountedInInterviewsAndComeAfterLinkedOnes() {
        String[] sentences = {
            "La culpa y el dinero pesan. La vecina y las pastillas ayudan.",
            "El dinero y la vecina cuentan. La culpa y las pastillas también.",
            "La culpa y la vecina siempre. Las pastillas y el dinero cuestan.",
            "Siento culpa porque el dinero no llega. La vecina y el cansancio van juntos.",
            "La culpa me come porque el dinero falta. Las pastillas y el cansancio.",
            "El cansancio y la culpa. El dinero y el cansancio. La vecina y las pastillas.",
        };
        SmallStudy study =
                manyPairs(Language.ES, sentences, new String[] {"culpa", "dinero", "vecina", "pastillas", "cansancio"});

        OfflineTheory theory = theorist.theorize(study.request());

        List<Proposition> bare = theory.propositions().stream()
                .filter(p -> p.mechanism().cue().isEmpty())
                .toList();
        assertThat(theory.propositions()).isNotEmpty();
        assertThat(theory.propositions().get(0).mechanism().cue()).isEqualToIgnoringCase("porque");
        assertThat(bare).hasSizeLessThanOrEqualTo(PropositionBuilder.MAX_CO_OCCURRENCE);
        assertThat(bare).isNotEmpty().allSatisfy(p -> assertThat(p.text())
                .matches(
                        "En \\d de las 3 entrevistas se codifican juntas «.+» en un mismo turno \\(\\d+ fragmentos?\\).*")
                .endsWith("Los datos muestran que coinciden, no por qué."));
        assertThat(theory.propositions())
                .extracting(p -> p.mechanism().quote().text())
                .doesNotHaveDuplicates();
    }

    @Test
    void inEnglishAResultMarkerLinksTwoCategoriesAndNoQuoteIsRepeated() {
        String[] sentences = {
            "My shifts changed, so I lost the overtime money. Guilt and money again.",
            "The shifts were cut, so my money went down. Guilt and shifts.",
            "Guilt and money. Shifts and guilt.",
            "Money and guilt. Shifts and money.",
        };
        SmallStudy study = manyPairs(Language.EN, sentences, new String[] {"shifts", "money", "guilt"});

        OfflineTheory theory = theorist.theorize(study.request());

        assertThat(theory.propositions()).first().satisfies(p -> {
            assertThat(p.mechanism().cue()).isEqualToIgnoringCase("so I");
            assertThat(p.text()).contains("a participant presents one as the result of the other (“so I”)");
        });
        assertThat(theory.propositions())
                .filteredOn(p -> p.mechanism().cue().isEmpty())
                .allSatisfy(p -> assertThat(p.text()).startsWith("In ").contains(" of the 3 interviews, "));
        assertThat(theory.propositions())
                .extracting(p -> p.mechanism().quote().text())
                .doesNotHaveDuplicates();
    }

    /** Shifts and family coded together only in turn A, whose sentence is the one under test. */
    private static TheoryRequest shiftsAndFamily(String sentence) {
        return new SmallStudy(Language.EN, "carers")
                .turn("A", 1, sentence)
                .turn("B", 2, "The shifts are long.")
                .turn("C", 2, "My family lives far away.")
                .code("Shifts", "shifts", "A", "B")
                .code("Family", "family", "A", "C")
                .request();
    }
}
