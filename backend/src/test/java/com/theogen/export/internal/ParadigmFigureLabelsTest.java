package com.theogen.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.Consequence;
import com.theogen.export.ConsequenceType;
import com.theogen.export.Horizon;
import com.theogen.export.ParadigmItem;
import com.theogen.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paradigm figures name each box's categories, as a Strauss & Corbin diagram does; a statement about a category
 * stands in full in the report's text, not truncated in a box. A statement about no category is still shown.
 */
class ParadigmFigureLabelsTest {

    @Test
    void aStatementAboutACategoryIsShownInTheFigureByTheCategorysName() {
        ParadigmItem about = new ParadigmItem(
                "«Culpa» actúa como condición causal de «Trabajo»: 6 frases llevan marcadores de ese papel.",
                List.of(),
                List.of(),
                "Culpa");
        ParadigmItem free = new ParadigmItem("Long shifts leave no room for visits.", List.of());

        assertThat(about.figureLabel()).isEqualTo("Culpa");
        assertThat(free.figureLabel()).isEqualTo("Long shifts leave no room for visits.");
    }

    @Test
    void aConsequenceIsShownByItsCategoryWithItsTypeAndHorizon() {
        Consequence named = new Consequence(
                "Un participante presenta «Vecina» como lo que siguió («Al final»).",
                ConsequenceType.SOCIAL,
                Horizon.SHORT_TERM,
                List.of(),
                List.of(),
                "Vecina");

        String label = Labels.of(Language.ES).consequence(named);

        assertThat(label).startsWith("Vecina (").doesNotContain("lo que siguió");
        assertThat(named.asItem().category()).isEqualTo("Vecina");
    }
}
