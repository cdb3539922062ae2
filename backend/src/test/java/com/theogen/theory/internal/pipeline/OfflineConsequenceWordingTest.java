package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.Language;
import org.junit.jupiter.api.Test;

/** An offline consequence says what the data show (a participant's result marker), not that a link is established. */
class OfflineConsequenceWordingTest {

    @Test
    void aConsequenceNamesTheMarkerItRestsOnAndIsOfferedAsAReadingToCheck() {
        String es = new OfflinePhrasing(Language.ES, "Culpa").consequence("Cursos", "social", "short_term", "dejé de");
        assertThat(es)
                .contains("presenta «Cursos» como lo que siguió («dejé de»)")
                .contains("consecuencia social a corto plazo de «Culpa»")
                .endsWith("una lectura por contrastar.")
                .doesNotContain("es una consecuencia");

        String en = new OfflinePhrasing(Language.EN, "Guilt").consequence("Mornings", "material", "long_term", "so I");
        assertThat(en)
                .contains("presents \"Mornings\" as what followed (\"so I\")")
                .contains("long-term consequence of \"Guilt\"")
                .endsWith("a reading to be checked.");
    }

    @Test
    void theDataShowingNoConsequenceIsAGapOfHighSeverity() {
        assertThat(SaturationStage.severity("NO_CONSEQUENCES")).isEqualTo("high");
        assertThat(SaturationStage.severity("MISSING_COMPONENT")).isEqualTo("high");
        assertThat(SaturationStage.severity("FEW_FRAGMENTS")).isEqualTo("medium");
    }
}
