package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/** Structural checks every offline run must pass, whatever the corpus. */
final class AnalystAssertions {

    private static final Set<String> FILLERS = Set.of(
            "uh",
            "um",
            "er",
            "erm",
            "you know",
            "i mean",
            "like",
            "o sea",
            "bueno",
            "pues",
            "vale",
            "este",
            "eh",
            "mira",
            "yeah",
            "okay",
            "ok",
            "well",
            "right");

    private AnalystAssertions() {}

    /** Codebook: readable, no junk, verbatim quotes, 0–3 codes per participant fragment and none on questions. */
    static void assertSaneCodebook(AnalystRun run, Set<String> speakerWords) {
        Map<UUID, AnalystFragment> fragments =
                run.fragments().stream().collect(Collectors.toMap(AnalystFragment::fragmentId, f -> f));
        Map<UUID, Integer> perFragment = new HashMap<>();
        for (OpenCodingResult.CodeDraft code : run.coding().codes()) {
            assertNotJunk(code.label(), speakerWords);
            assertThat(code.applications()).as(code.label()).hasSizeGreaterThanOrEqualTo(2);
            for (OpenCodingResult.Application application : code.applications()) {
                Quote quote = application.quote();
                AnalystFragment fragment = fragments.get(quote.fragmentId());
                assertThat(fragment.interviewer())
                        .as("coded an interviewer turn")
                        .isFalse();
                assertThat(quote.isVerbatimIn(fragment.text())).as(quote.text()).isTrue();
                perFragment.merge(quote.fragmentId(), 1, Integer::sum);
            }
        }
        assertThat(perFragment.values()).allMatch(n -> n >= 1 && n <= 3);
    }

    static void assertNotJunk(String label, Set<String> speakerWords) {
        String lower = label.toLowerCase(Locale.ROOT);
        List<String> words = List.of(lower.split("[\\s\\-]+"));
        assertThat(lower).as("filler").isNotIn(FILLERS);
        assertThat(lower).as("number").doesNotContainPattern("\\d");
        assertThat(words).as("speaker label in " + label).doesNotContainAnyElementsOf(speakerWords);
        assertThat(isStop(words.get(0))).as("starts with a stop-word: " + label).isFalse();
        assertThat(isStop(words.get(words.size() - 1)))
                .as("ends with a stop-word: " + label)
                .isFalse();
        assertThat(words.stream().allMatch(AnalystAssertions::isStop))
                .as("only stop-words: " + label)
                .isFalse();
    }

    private static boolean isStop(String word) {
        CharArraySet es = SpanishAnalyzer.getDefaultStopSet();
        return es.contains(word) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
    }

    /** Categories partition the codes; the theory only cites real categories and verbatim quotes. */
    static void assertSaneTheory(AnalystRun run) {
        List<UUID> grouped = run.grouping().categories().stream()
                .flatMap(c -> c.codeIds().stream())
                .toList();
        assertThat(grouped)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(run.codesById().keySet());
        TheoryRequest request = run.theoryRequest();
        Set<UUID> categoryIds = request.categories().stream()
                .map(TheoryRequest.TheoryCategory::categoryId)
                .collect(Collectors.toSet());
        OfflineTheory theory = run.theory();
        assertThat(categoryIds).contains(theory.centralCategory().categoryId());
        Map<UUID, String> texts =
                run.fragments().stream().collect(Collectors.toMap(AnalystFragment::fragmentId, AnalystFragment::text));
        theory.paradigm().components().forEach(c -> c.evidence().forEach(e -> assertVerbatim(e.quote(), texts)));
        theory.paradigm()
                .consequences()
                .forEach(c -> assertVerbatim(c.evidence().quote(), texts));
        Map<UUID, Set<UUID>> fragmentsOf = request.categories().stream()
                .collect(Collectors.toMap(TheoryRequest.TheoryCategory::categoryId, c -> c.codes().stream()
                        .flatMap(code -> code.fragmentIds().stream())
                        .collect(Collectors.toSet())));
        // linked propositions first; bare co-occurrence only to fill in, a few at most (ADR 057)
        assertThat(theory.propositions()).hasSizeBetween(1, 10);
        assertThat(theory.propositions())
                .filteredOn(p -> p.mechanism().cue().isEmpty())
                .hasSizeLessThanOrEqualTo(3);
        assertThat(theory.propositions())
                .extracting(p -> p.mechanism().quote().text())
                .doesNotHaveDuplicates();
        for (Proposition proposition : theory.propositions()) {
            List<UUID> members = new ArrayList<>(proposition.conditionCategoryIds());
            members.add(proposition.outcomeCategoryId());
            assertThat(new HashSet<>(members)).hasSameSizeAs(members).allMatch(categoryIds::contains);
            assertThat(proposition.fragmentIds()).isNotEmpty();
            members.forEach(m -> assertThat(fragmentsOf.get(m)).containsAll(proposition.fragmentIds()));
            assertThat(proposition.fragmentIds())
                    .contains(proposition.mechanism().quote().fragmentId());
            assertVerbatim(proposition.mechanism().quote(), texts);
        }
        // no proposition cites a quote another one already cites (issue #18)
        assertThat(theory.propositions())
                .extracting(p -> p.mechanism().quote().fragmentId() + "@"
                        + p.mechanism().quote().start())
                .doesNotHaveDuplicates();
        SaturationReport saturation = theory.saturation();
        assertThat(saturation.readinessScore()).isBetween(0, 100);
        if (!saturation.plateau()) {
            assertThat(saturation.readinessScore())
                    .as("readiness without a plateau")
                    .isLessThanOrEqualTo(60);
        }
        assertThat(saturation.curve())
                .extracting(SaturationReport.CurvePoint::cumulativeCodes)
                .isSorted();
    }

    private static void assertVerbatim(Quote quote, Map<UUID, String> texts) {
        assertThat(quote.isVerbatimIn(texts.get(quote.fragmentId())))
                .as(quote.text())
                .isTrue();
    }
}
