package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.ApplicationStore.CodeUsage;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeOfferTest {

    final CodeRow nights = code("Staying up at night", "Night care that cuts into the carer's sleep");
    final CodeRow money = code("Financial strain", "Money worries after cutting working hours");
    final CodeRow garden = code("Time for oneself", "Moments the carer keeps for their own rest");
    final CodeRow alphabetFirst = code("Asking relatives", "Turning to family for help");

    @Test
    void codesSharingWordsWithTheBatchComeFirstNotTheAlphabeticallyFirst() {
        CodeOffer offer = CodeOffer.select(
                List.of(alphabetFirst, garden, money, nights),
                Map.of(),
                "Money is tight since I cut my working hours at the shop.",
                2);

        assertThat(offer.offered()).extracting(o -> o.code().label()).first().isEqualTo("Financial strain");
        assertThat(offer.offered()).hasSize(2);
    }

    @Test
    void frequencyBreaksTiesBetweenEquallySimilarCodes() {
        CodeOffer offer = CodeOffer.select(
                List.of(alphabetFirst, garden),
                Map.of(garden.id(), new CodeUsage(12, "I keep Sunday mornings for me")),
                "Nothing in common here.",
                2);

        assertThat(offer.offered())
                .extracting(o -> o.code().label())
                .containsExactly("Time for oneself", "Asking relatives");
    }

    @Test
    void rendersIdDefinitionExampleAndCountAndResolvesOnlyOfferedIds() {
        CodeOffer offer =
                CodeOffer.select(List.of(money), Map.of(money.id(), new CodeUsage(3, "Money   is\ntight")), "money", 5);

        assertThat(offer.render(Language.EN))
                .isEqualTo(
                        "(c1) Financial strain: Money worries after cutting working hours. Example: «Money is tight»."
                                + " Applied 3 times.");
        assertThat(offer.render(Language.ES))
                .contains("Ejemplo: «Money is tight»")
                .contains("Aplicado 3 veces.");
        assertThat(offer.resolve("c1")).contains(money);
        assertThat(offer.resolve("[C1]")).contains(money);
        assertThat(offer.resolve("c2")).isEmpty();
        assertThat(offer.resolve(null)).isEmpty();
        assertThat(CodeOffer.select(List.of(), Map.of(), "x", 5).render(Language.EN))
                .isEqualTo("(none yet)");
    }

    private static CodeRow code(String label, String definition) {
        return new CodeRow(
                UUID.randomUUID(),
                UUID.randomUUID(),
                label,
                definition,
                Origin.HUMAN,
                null,
                false,
                false,
                List.of(),
                List.of(),
                List.of(),
                Instant.now(),
                Instant.now());
    }
}
