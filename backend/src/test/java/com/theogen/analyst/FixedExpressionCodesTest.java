package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: a word that nearly always follows the same function word is the tail of a fixed expression ("por
 * ejemplo", "in general", "of course"), not a concept, so it is never a code on its own; the nouns participants talk
 * about, which follow many different words, still are.
 */
class FixedExpressionCodesTest {

    private final OfflineOpenCoder coder = new KeyPhraseOpenCoder();

    private List<String> labels(Language language, Map<String, List<String>> interviews) {
        return coder
                .code(new OpenCodingRequest(language, Corpora.interviews(language, interviews), List.of(), List.of()))
                .codes()
                .stream()
                .map(OpenCodingResult.CodeDraft::label)
                .toList();
    }

    @Test
    void spanishAdverbialTailIsNotACode() {
        List<String> labels = labels(
                Language.ES,
                Map.of(
                        "Lucía",
                        List.of(
                                "Los turnos de noche me cambiaron el sueño, por ejemplo ya no duermo la siesta.",
                                "Con los turnos rotativos, por ejemplo, no veo a mis hijos entre semana.",
                                "La guardería abre tarde y por ejemplo los lunes llego tarde al hospital."),
                        "Marta",
                        List.of(
                                "En el hospital los turnos cambian cada mes, por ejemplo en verano.",
                                "La guardería del barrio es cara, por ejemplo cuesta la mitad de mi sueldo.",
                                "Mis turnos son largos y la guardería cierra pronto.")));

        assertThat(labels).doesNotContain("ejemplo").contains("hospital", "guardería", "turnos");
    }

    @Test
    void englishAdverbialTailsAreNotCodes() {
        List<String> labels = labels(
                Language.EN,
                Map.of(
                        "Alex",
                        List.of(
                                "Of course the night shifts wear you down, and the rota changes every month.",
                                "In general the rota is fair, but of course the childcare costs a fortune.",
                                "The nursery closes at six, so in general I rush from the ward."),
                        "Sam",
                        List.of(
                                "Of course I asked for fewer night shifts, the rota never allowed it.",
                                "The nursery fees went up, in general everything costs more.",
                                "My rota and the nursery hours never match, of course.")));

        assertThat(labels).doesNotContain("course", "general").contains("rota", "nursery");
    }
}
