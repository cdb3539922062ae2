package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADR 050, on small hand-written texts: a project that mixes languages gets categories that span them, through a
 * lexicon of everyday concepts — translations ("culpa" / "guilt") are one concept, phrases translate word by word
 * ("grupo de apoyo" / "support group"), and a word no entry lists matches only itself.
 */
class CrossLanguageGroupingTest {

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void labelsThatTranslateEachOtherNameTheSameConcepts() {
        ConceptLexicon lexicon = ConceptLexicon.get();

        assertThat(lexicon.overlap("culpa", Tongue.ES, "guilty", Tongue.EN)).isEqualTo(1.0);
        assertThat(lexicon.overlap("hermanos", Tongue.ES, "brother", Tongue.EN)).isEqualTo(1.0);
        assertThat(lexicon.overlap("grupo de apoyo", Tongue.ES, "support group", Tongue.EN))
                .isEqualTo(1.0);
        assertThat(lexicon.overlap("lista de espera", Tongue.ES, "liste d'attente", Tongue.FR))
                .isEqualTo(1.0);
        assertThat(lexicon.overlap("Schuldgefühl", Tongue.DE, "culpa", Tongue.ES))
                .isZero();
        assertThat(lexicon.overlap("grupo de WhatsApp", Tongue.ES, "WhatsApp", Tongue.EN))
                .isEqualTo(0.5);
        assertThat(lexicon.overlap("sueldo", Tongue.ES, "money", Tongue.EN)).isZero();
    }

    @Test
    void codesOfTwoLanguagesShareACategoryThroughTheirTranslations() {
        List<AnalystFragment> fragments = new ArrayList<>();
        String[][] spanish = {
            {"1", "Siento culpa con mis hermanos, porque ellos no ayudan con mamá."},
            {"2", "La culpa es constante; mis hermanos viven lejos."},
            {"1", "El sueldo no alcanza y la residencia cuesta mucho."},
            {"2", "Con mi sueldo no pago la residencia."}
        };
        String[][] english = {
            {"3", "I feel guilty with my brothers, they never help with dad."},
            {"4", "The guilt is always there, my brother lives far away."},
            {"3", "The money is not enough and the care home is expensive."},
            {"4", "With my money I cannot pay for the care home."}
        };
        for (int i = 0; i < spanish.length; i++) {
            fragments.add(
                    new AnalystFragment(id("es" + i), id("i" + spanish[i][0]), "P", false, Language.ES, spanish[i][1]));
            fragments.add(
                    new AnalystFragment(id("en" + i), id("i" + english[i][0]), "P", false, Language.EN, english[i][1]));
        }
        List<AxialCode> codes = List.of(
                code("culpa", "es0", "es1"),
                code("hermanos", "es0", "es1"),
                code("sueldo", "es2", "es3"),
                code("residencia", "es2", "es3"),
                code("guilty", "en0", "en1"),
                code("brothers", "en0", "en1"),
                code("money", "en2", "en3"),
                code("care home", "en2", "en3"));

        AxialGroupingResult result = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(Language.ES, codes, List.of(), fragments));

        assertThat(result.categories()).hasSize(2);
        assertThat(result.categories())
                .extracting(c -> c.codeIds().stream()
                        .map(codeId -> codes.stream()
                                .filter(c2 -> c2.codeId().equals(codeId))
                                .findFirst()
                                .orElseThrow()
                                .label())
                        .sorted()
                        .toList())
                .containsExactlyInAnyOrder(
                        List.of("brothers", "culpa", "guilty", "hermanos"),
                        List.of("care home", "money", "residencia", "sueldo"));
        // a bilingual category is named in the project's language when its languages weigh the same
        assertThat(result.categories())
                .extracting(AxialGroupingResult.CategoryDraft::name)
                .allSatisfy(name -> assertThat(name).isIn("Culpa", "Hermanos", "Sueldo", "Residencia"));
    }

    private static AxialCode code(String label, String... fragmentKeys) {
        return new AxialCode(
                id("code:" + label),
                label,
                java.util.Arrays.stream(fragmentKeys)
                        .map(CrossLanguageGroupingTest::id)
                        .toList(),
                null);
    }
}
