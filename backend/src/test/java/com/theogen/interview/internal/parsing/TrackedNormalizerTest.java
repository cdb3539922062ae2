package com.theogen.interview.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.interview.TextOffsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tracked normaliser gives exactly the plain normaliser's text, and positions that land on the same words. */
class TrackedNormalizerTest {

    private static final String[] PIECES = {
        "café",
        "cafe\u0301",
        "niño",
        " ",
        "  ",
        "\t",
        "\u00A0",
        "\r\n",
        "\n",
        "\n\n\n",
        "\r",
        "\u200B",
        "\uFEFF",
        "😴",
        "👵🏽",
        "Marta:",
        "¿Qué?",
        "\u0007",
        "\u2028",
        "e\u0301\u0301",
        "\uD800",
        "Ω",
        "ﬁ",
        "x"
    };

    @Test
    void matchesThePlainNormaliserOnRandomMessyText() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder raw = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            TrackedNormalizer.Tracked tracked = TrackedNormalizer.normalize(raw.toString());

            assertThat(tracked.text()).isEqualTo(TextNormalizer.normalize(raw.toString()));
            assertThat(tracked.origin()).hasSize(tracked.text().length()).isSorted();
        }
    }

    @Test
    void carriesARawRangeOntoTheSameWordsThroughCrlfInvisiblesDecompositionAndEmoji() {
        String raw = "Marta:\r\n  Me levanto 😴 y preparo el cafe\u0301\u200B ☕  con leche.\r\n\r\n\r\nFin.";
        TrackedNormalizer.Tracked tracked = TrackedNormalizer.normalize(raw);
        TextOffsets offsets = new TextOffsets(tracked.origin(), raw.length());

        int start = raw.indexOf("cafe");
        int end = raw.indexOf("leche") + "leche".length();

        assertThat(tracked.text().substring(offsets.start(start), offsets.end(end)))
                .isEqualTo("café ☕ con leche");
        int emoji = raw.indexOf("😴");
        assertThat(tracked.text().substring(offsets.start(emoji), offsets.end(emoji + 2)))
                .isEqualTo("😴");
        assertThat(tracked.text().substring(offsets.start(raw.indexOf("Fin")))).isEqualTo("Fin.");
    }
}
