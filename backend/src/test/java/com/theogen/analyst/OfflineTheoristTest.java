package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.analyst.ParadigmModel.Component;
import com.theogen.analyst.ParadigmModel.ConsequenceType;
import com.theogen.analyst.ParadigmModel.Horizon;
import com.theogen.analyst.internal.CueTheorist;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineTheoristTest {

    private final OfflineTheorist theorist = new CueTheorist();
    private final TheoryRequest request = CareStudy.request(Language.ES);
    private final Map<UUID, String> texts = CareStudy.fragments().stream()
            .collect(Collectors.toMap(AnalystFragment::fragmentId, AnalystFragment::text));

    private void assertVerbatim(Quote quote) {
        assertThat(texts.get(quote.fragmentId()).substring(quote.start(), quote.end()))
                .isEqualTo(quote.text());
    }

    @Test
    void choosesTheMostCentralAndWidespreadCategoryAndSaysWhyWithTheNumbers() {
        CentralCategory central = theorist.chooseCentralCategory(request);

        assertThat(central.categoryId()).isEqualTo(CareStudy.CENTRAL);
        assertThat(central.score()).isEqualTo(1.0);
        assertThat(central.why())
                .startsWith("«Cuidado cotidiano» es la categoría central")
                .contains("PageRank 0,40", "4 de 4 entrevistas", "frente a 0,24 de «Organización»");
        assertThat(central.ranking())
                .hasSize(6)
                .first()
                .extracting(CentralCategory.Score::categoryId)
                .isEqualTo(CareStudy.CENTRAL);
    }

    @Test
    void classifiesEachCategoryByTheCuePhrasesOfItsSentences() {
        ParadigmModel paradigm = theorist.buildParadigm(request, theorist.chooseCentralCategory(request));

        Map<UUID, ParadigmRole> roles =
                paradigm.components().stream().collect(Collectors.toMap(Component::categoryId, Component::role));
        assertThat(roles)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        CareStudy.QUITTING, ParadigmRole.CAUSAL_CONDITION,
                        CareStudy.VILLAGE, ParadigmRole.CONTEXT,
                        CareStudy.SUPPORT, ParadigmRole.INTERVENING_CONDITION,
                        CareStudy.ORGANISING, ParadigmRole.STRATEGY,
                        CareStudy.COSTS, ParadigmRole.CONSEQUENCE));
        Component quitting = paradigm.components().stream()
                .filter(c -> c.categoryId().equals(CareStudy.QUITTING))
                .findFirst()
                .orElseThrow();
        assertThat(quitting.evidence())
                .extracting(e -> e.quote().text())
                .contains("Lo dejé porque no podía más con los horarios.");
        assertThat(quitting.evidence()).allSatisfy(e -> {
            // the cue as the participant said it, inside its quote
            assertThat(e.cue().toLowerCase(java.util.Locale.ROOT)).isIn("porque", "debido a", "lo dejé porque");
            assertThat(e.quote().text()).contains(e.cue());
            assertVerbatim(e.quote());
        });
        assertThat(paradigm.unclassifiedCategoryIds()).isEmpty();
        assertThat(paradigm.generatedBy()).isEqualTo("offline");
    }

    @Test
    void typesConsequencesAsMaterialOrSocialWithTheirHorizon() {
        ParadigmModel paradigm = theorist.buildParadigm(request, theorist.chooseCentralCategory(request));

        assertThat(paradigm.consequences())
                .extracting(c -> c.type() + "/" + c.horizon() + ": "
                        + c.evidence().quote().text())
                .containsExactlyInAnyOrder(
                        ConsequenceType.MATERIAL + "/" + Horizon.SHORT_TERM
                                + ": Por eso ahora no tengo sueldo y hoy pagamos todo con la tarjeta.",
                        ConsequenceType.SOCIAL + "/" + Horizon.LONG_TERM
                                + ": Me ha costado la relación con mi marido, llevamos años discutiendo porque no hay dinero.");
        paradigm.consequences().forEach(c -> assertVerbatim(c.evidence().quote()));
    }

    @Test
    void buildsPropositionsOnlyFromFragmentsWhereTheirCategoriesMeet() {
        OfflineTheory theory = theorist.theorize(request);

        assertThat(theory.propositions()).isNotEmpty();
        Map<UUID, Set<UUID>> fragmentsOf = request.categories().stream()
                .collect(Collectors.toMap(TheoryRequest.TheoryCategory::categoryId, c -> c.codes().stream()
                        .flatMap(code -> code.fragmentIds().stream())
                        .collect(Collectors.toSet())));
        for (Proposition proposition : theory.propositions()) {
            assertThat(proposition.fragmentIds()).isNotEmpty();
            for (UUID category : categoriesOf(proposition)) {
                assertThat(fragmentsOf.get(category)).containsAll(proposition.fragmentIds());
            }
            assertThat(proposition.fragmentIds())
                    .contains(proposition.mechanism().quote().fragmentId());
            assertVerbatim(proposition.mechanism().quote());
            assertThat(proposition.text())
                    .startsWith("En ")
                    .doesNotContain(proposition.mechanism().quote().text());
            if (proposition.mechanism().cue().isEmpty()) {
                // co-occurrence only: no reason is claimed, and it is counted in interviews (ADR 057)
                assertThat(proposition.text())
                        .contains(" de las 4 entrevistas se codifican juntas «")
                        .contains("Los datos muestran que coinciden, no por qué.");
            } else {
                assertThat(proposition.text())
                        .contains(" fragmentos donde aparece", " aparece también «", "entrevistas)");
                assertThat(proposition.mechanism().cue().toLowerCase(java.util.Locale.ROOT))
                        .isIn("porque", "debido a", "lo dejé porque");
                assertThat(proposition.text())
                        .contains("un participante las enlaza con una razón («", "Sugiere, sin probarlo, una relación");
            }
        }
        assertThat(theory.propositions())
                .extracting(Proposition::text)
                .contains("En 4 de los 4 fragmentos donde aparece «Abandono del empleo» (de 3 entrevistas) aparece"
                        + " también «Cuidado cotidiano», y un participante las enlaza con una razón («Lo dejé porque»)."
                        + " Sugiere, sin probarlo, una relación entre ellas que conviene contrastar con más casos.");
    }

    private static List<UUID> categoriesOf(Proposition proposition) {
        List<UUID> all = new ArrayList<>(proposition.conditionCategoryIds());
        all.add(proposition.outcomeCategoryId());
        return all;
    }

    /**
     * A code is new in the first interview where it appears, also when the offline coder kept it only because it
     * recurred later (issue #18): crediting it to its second interview showed the first interviews adding nothing
     * while the code evidence put dozens of codes there.
     */
    @Test
    void aCodeIsNewInTheFirstInterviewWhereItAppearsEvenWhenItExistsByRecurring() {
        List<TheoryRequest.TheoryCategory> recurring = request.categories().stream()
                .map(c -> new TheoryRequest.TheoryCategory(
                        c.categoryId(),
                        c.name(),
                        c.definition(),
                        c.codes().stream()
                                .map(code -> new TheoryRequest.TheoryCode(
                                        code.codeId(), code.label(), code.fragmentIds(), true))
                                .toList()))
                .toList();
        TheoryRequest offlineCoded = new TheoryRequest(
                request.language(),
                request.interviewOrder(),
                recurring,
                request.fragments(),
                request.metrics(),
                request.coOccurrences(),
                request.actors());

        SaturationReport saturation = theorist.theorize(offlineCoded).saturation();

        // five codes first appear in interview 1, one in interview 2: as for codes a person made
        assertThat(saturation.curve())
                .extracting(SaturationReport.CurvePoint::newCodes)
                .containsExactly(5, 1, 0, 0);
    }

    @Test
    void computesTheSaturationCurveReadinessGapsAndSamplingPlan() {
        OfflineTheory theory = theorist.theorize(request);
        SaturationReport saturation = theory.saturation();

        assertThat(saturation.curve())
                .extracting(SaturationReport.CurvePoint::newCodes)
                .containsExactly(5, 1, 0, 0);
        assertThat(saturation.curve())
                .extracting(SaturationReport.CurvePoint::cumulativeCodes)
                .containsExactly(5, 6, 6, 6);
        assertThat(saturation.plateau()).isTrue();
        assertThat(saturation.readinessScore()).isEqualTo(90);
        assertThat(saturation.gaps())
                .extracting(g -> g.kind() + " " + g.categoryId())
                .containsExactlyInAnyOrder(
                        "LOW_COVERAGE " + CareStudy.VILLAGE,
                        "FEW_FRAGMENTS " + CareStudy.VILLAGE,
                        "THIN_ROLE_EVIDENCE " + CareStudy.VILLAGE,
                        "FEW_FRAGMENTS " + CareStudy.SUPPORT);
        assertThat(saturation.gaps())
                .filteredOn(g -> g.kind().equals("THIN_ROLE_EVIDENCE"))
                .singleElement()
                .extracting(SaturationReport.Gap::description)
                .asString()
                .matches("El papel de «Entorno rural» como (condición causal|contexto|condición interviniente"
                        + "|estrategia de acción/interacción|consecuencia) (se apoya en una sola frase"
                        + "|no se apoya en ninguna frase con marcadores de ese papel)\\.");
        assertThat(saturation.gaps())
                .filteredOn(g -> g.kind().equals("LOW_COVERAGE"))
                .singleElement()
                .extracting(SaturationReport.Gap::description)
                .isEqualTo("«Entorno rural» aparece solo en 1 de 4 entrevistas (25 %).");
        assertThat(saturation.samplingPlan())
                .extracting(SaturationReport.SamplingStep::actor)
                .containsExactly("carers", "nurses");
        assertThat(saturation.samplingPlan().get(0).categoryIds()).containsExactly(CareStudy.VILLAGE);
        assertThat(saturation.samplingPlan().get(0).focus())
                .startsWith("Profundizar en «Entorno rural» (hoy en 1 de 4 entrevistas");
    }

    @Test
    void writesEveryTextInTheProjectLanguage() {
        OfflineTheory theory = theorist.theorize(CareStudy.request(Language.EN));

        assertThat(theory.centralCategory().why())
                .startsWith("“Cuidado cotidiano” is the central category")
                .contains("4 of 4 interviews");
        assertThat(theory.propositions()).allSatisfy(p -> assertThat(p.text())
                .startsWith("In ")
                .containsAnyOf(" fragments where “", " of the 4 interviews, “")
                .containsAnyOf("This suggests, without proving it, a relation", "The data show that they co-occur"));
        assertThat(theory.saturation().gaps())
                .extracting(SaturationReport.Gap::description)
                .contains("“Entorno rural” appears in only 1 of 4 interviews (25 %).");
        assertThat(theory.generatedBy()).isEqualTo("offline");
    }

    @Test
    void refusesATheoryWithoutCategories() {
        TheoryRequest empty = new TheoryRequest(Language.ES, List.of(), List.of(), List.of(), null, null, null);

        assertThatThrownBy(() -> theorist.theorize(empty))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo("INSUFFICIENT_CATEGORIES");
    }

    @Test
    void rejectsACentralCategoryThatIsNotInTheProject() {
        CentralCategory foreign = new CentralCategory(UUID.randomUUID(), "Otra", 1, "", List.of(), "offline");

        assertThatThrownBy(() -> theorist.buildParadigm(request, foreign))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).errorCode())
                .isEqualTo("UNKNOWN_CATEGORY");
    }
}
