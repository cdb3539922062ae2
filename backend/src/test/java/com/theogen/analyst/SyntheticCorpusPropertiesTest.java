package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the whole offline path over larger seeded corpora in both languages. */
class SyntheticCorpusPropertiesTest {

    private static final Set<String> SPEAKER_WORDS =
            Set.of("marta", "lucía", "john", "priya", "interviewer", "entrevistadora");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyRunIsStructurallySound(long seed) {
        AnalystRun run =
                AnalystRun.of(Language.EN, SyntheticCorpus.generate(12, 40, seed), List.of(), List.of("carers"));

        AnalystAssertions.assertSaneCodebook(run, SPEAKER_WORDS);
        AnalystAssertions.assertSaneTheory(run);
        assertThat(run.coding().codes())
                .extracting(c -> c.label().toLowerCase(Locale.ROOT))
                .doesNotContainAnyElementsOf(SyntheticCorpus.JUNK)
                .contains("night shifts", "day centre", "turnos de noche", "centro de día", "cansancio", "culpa");
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void sameInputGivesTheSameOutputAtEveryStage(long seed) {
        AnalystRun first = AnalystRun.of(Language.ES, SyntheticCorpus.generate(10, 30, seed), List.of(), List.of());
        AnalystRun second = AnalystRun.of(Language.ES, SyntheticCorpus.generate(10, 30, seed), List.of(), List.of());

        assertThat(second.coding()).isEqualTo(first.coding());
        assertThat(second.grouping()).isEqualTo(first.grouping());
        assertThat(second.theory()).isEqualTo(first.theory());
    }

    @ParameterizedTest
    @ValueSource(longs = {6})
    void categoriesFollowTheThemesCodesAreAppliedIn(long seed) {
        AnalystRun run = AnalystRun.of(Language.ES, SyntheticCorpus.generate(12, 40, seed), List.of(), List.of());

        Set<String> serviceCategoryCodes = run.grouping().categories().stream()
                .filter(c -> c.codeIds().stream()
                        .anyMatch(id -> run.codesById().get(id).label().equals("centro de día")))
                .flatMap(c ->
                        c.codeIds().stream().map(id -> run.codesById().get(id).label()))
                .collect(Collectors.toSet());
        assertThat(serviceCategoryCodes).contains("lista de espera").doesNotContain("dolor de espalda", "cansancio");
    }
}
