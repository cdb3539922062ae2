package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases per language ({@code cues.<lang>.txt}, one per {@link Tongue}): paradigm roles, result markers,
 * consequence types and horizons, and the condition and sequence links of propositions.
 * Matching ignores case and accents and compares whole words (so "since" never matches inside
 * "sincerely"); where cues of one family overlap, the longer one wins, so
 * "por eso ahora" counts as a consequence and not also as the causal "por eso".
 */
final class CueLexicon {

    /** A cue found in a text: its section, the cue as listed, and its span. */
    record Match(String section, String cue, int start, int end) {}

    private record Cue(String section, String phrase, List<String> words) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    private static final Map<Tongue, CueLexicon> LEXICONS = new EnumMap<>(Tongue.class);

    static {
        for (Tongue tongue : Tongue.values()) {
            LEXICONS.put(tongue, new CueLexicon(tongue));
        }
    }

    /** Cues indexed by their first word, so matching costs one map lookup per word of the text. */
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    private CueLexicon(Tongue tongue) {
        for (String line : LanguageProfile.readLines("cues." + tongue.code() + ".txt")) {
            int colon = line.indexOf(':');
            String section = line.substring(0, colon).trim();
            for (String phrase : line.substring(colon + 1).split("\\|")) {
                String cue = phrase.trim();
                if (!cue.isEmpty()) {
                    List<String> texts = new ArrayList<>();
                    Matcher m = WORD.matcher(fold(cue));
                    while (m.find()) {
                        texts.add(m.group());
                    }
                    byFirstWord
                            .computeIfAbsent(texts.get(0), k -> new ArrayList<>())
                            .add(new Cue(section, cue, List.copyOf(texts)));
                }
            }
        }
    }

    static CueLexicon of(Language language) {
        return of(Tongue.of(language));
    }

    /** The cues of a language an interview is spoken in: "donc", "deshalb", "por isso", "quindi" (ADR 057). */
    static CueLexicon of(Tongue tongue) {
        return LEXICONS.get(tongue);
    }

    /** Cue matches in {@code text}, longest-wins within a family, in text order. Spans index into {@code text}. */
    List<Match> find(String text) {
        String folded = fold(text);
        List<int[]> spans = words(folded);
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String word = folded.substring(spans.get(i)[0], spans.get(i)[1]);
            for (Cue cue : byFirstWord.getOrDefault(word, List.of())) {
                int last = i + cue.words().size() - 1;
                if (last < spans.size() && matchesAt(cue, folded, spans, i)) {
                    all.add(new Match(cue.section(), cue.phrase(), spans.get(i)[0], spans.get(last)[1]));
                }
            }
        }
        List<Match> kept = new ArrayList<>();
        for (Match match : all) {
            boolean inside = all.stream()
                    .anyMatch(o -> o != match
                            && family(o.section()).equals(family(match.section()))
                            && o.start() <= match.start()
                            && match.end() <= o.end()
                            && o.end() - o.start() > match.end() - match.start());
            if (!inside) {
                kept.add(match);
            }
        }
        kept.sort((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : a.cue().compareTo(b.cue()));
        return kept;
    }

    private static boolean matchesAt(Cue cue, String folded, List<int[]> spans, int first) {
        for (int k = 1; k < cue.words().size(); k++) {
            int[] span = spans.get(first + k);
            if (!folded.regionMatches(
                            span[0], cue.words().get(k), 0, cue.words().get(k).length())
                    || span[1] - span[0] != cue.words().get(k).length()) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> words(String folded) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }

    /** Cues of causes, strategies, consequences and intervening conditions: connectives and verbs. */
    static boolean isDiscourse(Match match) {
        return switch (match.section()) {
            case "causal_condition", "strategy", "consequence", "intervening_condition" -> true;
            default -> false;
        };
    }

    /**
     * Roles compete with roles, types with types, horizons with horizons, links with links, result markers with the
     * phrases that only look like one ("por lo que sé"); never across.
     */
    private static String family(String section) {
        return switch (section) {
            case "material", "social", "institutional" -> "type";
            case "short_term", "long_term" -> "horizon";
            case "condition", "sequence" -> "link";
            case "result", "not_result" -> "result";
            default -> "role";
        };
    }

    /** Counts of matches per section among {@code matches}, in first-seen order. */
    static Map<String, Integer> countBySection(List<Match> matches) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        matches.forEach(m -> counts.merge(m.section(), 1, Integer::sum));
        return counts;
    }

    /** Lower-cases and strips accents one char at a time, so offsets stay those of the original text. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '’') {
                out.append('\'');
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(decomposed.charAt(0)));
        }
        return out.toString();
    }
}
