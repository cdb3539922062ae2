package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.TheoryRequest;
import com.theogen.analyst.TheoryRequest.CategoryMetrics;
import com.theogen.analyst.TheoryRequest.TheoryCategory;
import com.theogen.analyst.TheoryRequest.TheoryCode;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small study for the theorist's tests, written as turns (key → interview number, language and text) and categories
 * (name → code label → turn keys). Ids are derived from names: {@code id("f:" + key)} for a turn's fragment, {@code
 * id("cat:" + name)} for a category, {@code id("code:" + label)} for a code.
 */
final class SmallStudy {

    private record Turn(int interview, Language language, String text) {}

    private final Language language;
    private final List<String> actors;
    private final Map<String, Turn> turns = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> categories = new LinkedHashMap<>();
    private final List<CategoryMetrics> metrics = new ArrayList<>();
    private SpokenLanguage spoken;

    /** A project in {@code language} whose domain names {@code actors}; turns are in that language unless told. */
    SmallStudy(Language language, String... actors) {
        this.language = language;
        this.actors = List.of(actors);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The offline core choice naming {@code name}, for building a paradigm around it. */
    static CentralCategory core(String name) {
        return new CentralCategory(id("cat:" + name), name, 1, "", List.of(), "offline");
    }

    /**
     * A Spanish study in three interviews where «Organizar las pastillas» (a process said in every interview, its
     * first mention in {@code firstTurn}) stands beside «Vida», a broad theme of unlike codes; no metrics yet.
     */
    static SmallStudy pillsBesideDailyLife(String actor, String firstTurn) {
        return new SmallStudy(Language.ES, actor)
                .turn("A", 1, firstTurn)
                .turn("B", 2, "Vuelvo a organizar las pastillas cada domingo.")
                .turn("C", 3, "Organizar las pastillas antes del trabajo me agota.")
                .turn("D", 1, "El cansancio no se me quita.")
                .turn("E", 2, "La jubilación queda lejos.")
                .turn("F", 3, "La cocina está siempre sucia.")
                .code("Organizar las pastillas", "organizar las pastillas", "A", "B", "C")
                .code("Organizar las pastillas", "pastillas", "A", "B", "C")
                .code("Vida", "cansancio", "D")
                .code("Vida", "jubilación", "E")
                .code("Vida", "cocina", "F");
    }

    /** Every interview is stored as spoken in {@code spoken} (detected at ingest). */
    SmallStudy spoken(SpokenLanguage spoken) {
        this.spoken = spoken;
        return this;
    }

    SmallStudy turn(String key, int interview, String text) {
        return turn(key, interview, language, text);
    }

    SmallStudy turn(String key, int interview, Language turnLanguage, String text) {
        turns.put(key, new Turn(interview, turnLanguage, text));
        return this;
    }

    SmallStudy code(String category, String label, String... keys) {
        categories.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(label, List.of(keys));
        return this;
    }

    SmallStudy metrics(String category, double weightedDegree, double pageRank) {
        metrics.add(new CategoryMetrics(id("cat:" + category), 1, weightedDegree, pageRank, 1.0));
        return this;
    }

    String text(String key) {
        return turns.get(key).text();
    }

    TheoryRequest request() {
        List<AnalystFragment> fragments = new ArrayList<>();
        turns.forEach((key, turn) -> fragments.add(new AnalystFragment(
                id("f:" + key),
                id("i:" + turn.interview()),
                "P" + turn.interview(),
                false,
                turn.language(),
                turn.text(),
                spoken)));
        List<TheoryCategory> result = new ArrayList<>();
        categories.forEach((name, codes) -> {
            List<TheoryCode> list = new ArrayList<>();
            codes.forEach((label, keys) -> list.add(new TheoryCode(
                    id("code:" + label),
                    label,
                    keys.stream().map(k -> id("f:" + k)).toList(),
                    true)));
            result.add(new TheoryCategory(id("cat:" + name), name, "", list));
        });
        List<UUID> interviews =
                fragments.stream().map(AnalystFragment::interviewId).distinct().toList();
        return new TheoryRequest(language, interviews, result, fragments, metrics, List.of(), actors);
    }
}
