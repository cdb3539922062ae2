package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.coding.internal.CodebookMatcher.Profile;
import com.theogen.coding.internal.CodebookMatcher.Unit;
import com.theogen.evidence.TestEmbedders;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The offline codebook coder over the real MiniLM embedder: what it codes, and how calibration moves thresholds. */
class CodebookMatcherTest {

    static final UUID NIGHT = UUID.randomUUID();
    static final UUID MONEY = UUID.randomUUID();
    static final UUID FAMILY = UUID.randomUUID();
    static final UUID GARDEN = UUID.randomUUID();
    static final UUID INTERVIEW_A = UUID.randomUUID();
    static final UUID INTERVIEW_B = UUID.randomUUID();

    static final List<Profile> CODEBOOK = List.of(
            new Profile(
                    NIGHT,
                    "Night care",
                    "Looking after a sick or elderly relative during the night",
                    "The speaker stays awake or gets up at night for someone they care for",
                    "",
                    List.of("I stay up with my mother most nights")),
            new Profile(MONEY, "Financial strain", "Worries about money, income, bills or debts", "", "", List.of()),
            new Profile(
                    FAMILY,
                    "Help from family",
                    "Relatives such as siblings or children giving practical support",
                    "",
                    "Help from paid professionals such as nurses or carers",
                    List.of("My brother drives her to the doctor")),
            new Profile(GARDEN, "Gardening", "", "", "", List.of()));

    static final List<String> TEXTS_A = List.of(
            "I stay up with my father most nights because he cannot sleep.",
            "Money is tight since I cut my hours, and the bills keep coming.",
            "My sister comes over on weekends to help me with his shopping.",
            "The weather has been nice lately.",
            "I work in the garden on Sundays, planting tomatoes.");
    static final List<String> TEXTS_B = List.of(
            "At night I get up two or three times to check on my grandmother.",
            "We are behind on rent and I worry about the debts.",
            "A nurse from the clinic comes on Tuesdays to change the dressing.",
            "I like football on television.",
            "My son helps with the cooking when he visits.");

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        TEXTS_A.forEach(t -> units.add(new Unit(UUID.randomUUID(), INTERVIEW_A, t)));
        TEXTS_B.forEach(t -> units.add(new Unit(UUID.randomUUID(), INTERVIEW_B, t)));
        return units;
    }

    @Test
    void codesTheFragmentsThatMatchADefinitionAndNotTheOthers() {
        CodebookMatcher matcher = new CodebookMatcher(Language.EN, CODEBOOK, units(), TestEmbedders.onnx()::embedAll);
        Map<UUID, Double> thresholds = matcher.thresholds(List.of(), Map.of());

        List<List<UUID>> decided = new ArrayList<>();
        for (int u = 0; u < matcher.units().size(); u++) {
            decided.add(matcher.decide(u, thresholds));
        }

        assertThat(thresholds.values()).containsOnly(CodebookMatcher.DEFAULT_THRESHOLD);
        assertThat(decided.get(0)).as(scores(matcher, 0)).contains(NIGHT).doesNotContain(MONEY);
        assertThat(decided.get(1)).as(scores(matcher, 1)).contains(MONEY).doesNotContain(NIGHT);
        assertThat(decided.get(2)).as(scores(matcher, 2)).contains(FAMILY).doesNotContain(MONEY);
        assertThat(decided.get(3)).as(scores(matcher, 3)).isEmpty();
        assertThat(decided.get(5)).as(scores(matcher, 5)).contains(NIGHT);
        assertThat(decided.get(6)).as(scores(matcher, 6)).contains(MONEY);
        assertThat(decided.get(7))
                .as("a nurse is excluded from family help: " + scores(matcher, 7))
                .doesNotContain(FAMILY);
        assertThat(decided.get(8)).as(scores(matcher, 8)).isEmpty();
    }

    @Test
    void calibrationOnAPersonsCodingMovesEachCodesThreshold() {
        List<Unit> units = units();
        CodebookMatcher matcher = new CodebookMatcher(Language.EN, CODEBOOK, units, TestEmbedders.onnx()::embedAll);
        Map<UUID, Set<UUID>> person = new HashMap<>();
        person.put(units.get(0).fragmentId(), Set.of(NIGHT));
        person.put(units.get(1).fragmentId(), Set.of(MONEY));
        person.put(units.get(2).fragmentId(), Set.of(FAMILY));
        person.put(units.get(4).fragmentId(), Set.of(GARDEN));

        Map<UUID, Double> calibrated = matcher.thresholds(List.of(0, 1, 2, 3, 4), person);

        assertThat(calibrated.get(NIGHT)).isNotEqualTo(CodebookMatcher.DEFAULT_THRESHOLD);
        for (Map.Entry<UUID, Double> entry : calibrated.entrySet()) {
            int p = indexOf(entry.getKey());
            int positive =
                    List.of(NIGHT, MONEY, FAMILY, UUID.randomUUID(), GARDEN).indexOf(entry.getKey());
            assertThat(matcher.score(positive, p))
                    .as("the person's own fragment stays coded under the fitted threshold")
                    .isGreaterThanOrEqualTo(entry.getValue());
            for (int u = 0; u < 5; u++) {
                if (u != positive) {
                    assertThat(matcher.score(u, p))
                            .as("F1 = 1 is reachable here")
                            .isLessThan(entry.getValue());
                }
            }
        }
        Map<UUID, Double> nobodyUsedIt = matcher.thresholds(List.of(3), Map.of());
        assertThat(nobodyUsedIt.get(NIGHT))
                .as("a code the person never applied gets a threshold above every calibration score")
                .isGreaterThan(matcher.score(3, 0));
        assertThat(matcher.decide(3, nobodyUsedIt)).isEmpty();
    }

    @Test
    void theBaselineMatchesLabelWordsOnly() {
        assertThat(CodebookMatcher.labelKeywordBaseline(Language.EN, CODEBOOK, "Gardening keeps me sane"))
                .containsExactly(GARDEN);
        assertThat(CodebookMatcher.labelKeywordBaseline(Language.EN, CODEBOOK, "Money is tight"))
                .isEmpty();
        assertThat(CodebookMatcher.labelKeywordBaseline(
                        Language.EN, CODEBOOK, "Financially, the strain of all these bills"))
                .containsExactly(MONEY);
    }

    private static int indexOf(UUID code) {
        for (int p = 0; p < CODEBOOK.size(); p++) {
            if (CODEBOOK.get(p).codeId().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException();
    }

    private static String scores(CodebookMatcher matcher, int u) {
        StringBuilder text = new StringBuilder(matcher.units().get(u).text()).append(" →");
        for (int p = 0; p < CODEBOOK.size(); p++) {
            text.append(String.format(" %s=%.3f", CODEBOOK.get(p).label(), matcher.score(u, p)));
        }
        return text.toString();
    }
}
