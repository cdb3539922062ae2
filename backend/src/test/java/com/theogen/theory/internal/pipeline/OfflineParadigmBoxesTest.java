package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.ParadigmRole;
import com.theogen.analyst.Quote;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 059: an offline paradigm box shows the best-supported few categories and says how many more, and which. */
class OfflineParadigmBoxesTest {

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static ParadigmModel.Component component(String name, int sentences) {
        String text = "Lo hice porque " + name + ".";
        return new ParadigmModel.Component(
                id(name),
                name,
                ParadigmRole.CAUSAL_CONDITION,
                Map.of(ParadigmRole.CAUSAL_CONDITION, sentences),
                List.of(new ParadigmModel.CueEvidence("porque", new Quote(id("f:" + name), text, 0, text.length()))));
    }

    @Test
    void aCausalBoxKeepsFourCategoriesAndNamesTheOthers() {
        List<ParadigmModel.Component> components = new ArrayList<>();
        String[] names = {"Culpa", "Sueldo", "Teléfono", "Muerte", "Reunión", "Dosis"};
        for (int i = 0; i < names.length; i++) {
            components.add(component(names[i], names.length - i));
        }
        ParadigmModel paradigm = new ParadigmModel(id("core"), components, List.of(), List.of(), "offline");

        List<Drafts.Claim> claims = ParadigmStage.claims(
                paradigm, ParadigmRole.CAUSAL_CONDITION, new OfflinePhrasing(Language.ES, "Trabajo"));

        assertThat(claims)
                .hasSize(4)
                .extracting(Drafts.Claim::categoryId)
                .containsExactly(id("Culpa"), id("Sueldo"), id("Teléfono"), id("Muerte"));
        assertThat(claims.get(3).statement())
                .endsWith("Otras 2 categorías llevan marcadores de ese papel en tantas frases o menos («Reunión»,"
                        + " «Dosis»); no se incluyen en el modelo.");
        assertThat(claims.subList(0, 3))
                .allSatisfy(c -> assertThat(c.statement()).doesNotContain("Otras"));
    }

    @Test
    void aBoxOfFourOrFewerSaysNothingMore() {
        ParadigmModel paradigm = new ParadigmModel(
                id("core"), List.of(component("Guilt", 2), component("Money", 1)), List.of(), List.of(), "offline");

        List<Drafts.Claim> claims =
                ParadigmStage.claims(paradigm, ParadigmRole.CAUSAL_CONDITION, new OfflinePhrasing(Language.EN, "Work"));

        assertThat(claims).hasSize(2).noneMatch(c -> c.statement().contains("more categor"));
    }
}
