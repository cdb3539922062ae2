package com.theogen.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.analyst.internal.AgglomerativeAxialGrouper;
import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.coding.agreement.BinaryAgreement;
import com.theogen.coding.agreement.Measure;
import com.theogen.coding.agreement.PresenceCounts;
import com.theogen.shared.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Benchmark (not a test): how far the offline analyst's coding agrees with human coders, per participant turn,
 * on a human-coded interview set given by path (the bench passes {@code ../shared/eval/pdpilot}; nothing of it
 * is kept in sources or tests). Transcripts are {@code Speaker: text} lines; a turn whose speaker is the most
 * frequent non-participant label is the interviewer's. Human codings are {@code gold.jsonl} spans; a turn is
 * human-coded with family F when a segment of a code under top-level code F overlaps it.
 *
 * <p>Measures, over participant turns: (a) relevance κ, coded at all (offline) vs coded at all (human); (b) per
 * human family, the κ of the best-matching offline category (presence per turn), median and best over the
 * families; (c) NMI between the offline category and the human family of the turns both coded (each turn's
 * dominant label: the family with most coded characters, the category with most applications); plus the share
 * of turns coded, codes and categories. Cohen's κ comes from the agreement library. Prints one line of figures
 * and writes them as JSON. Run with {@code bench/analyst-quality/run.sh}.
 */
public final class AnalystQualityBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalystQualityBenchmark() {}

    /** A participant turn: its transcript, its char span in the transcript file and its fragment. */
    record Turn(String interview, int start, int end, AnalystFragment fragment) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/pdpilot");
        Path output = Path.of(args.length > 1 ? args[1] : "bench/results/analyst-quality.json");
        String label = args.length > 2 ? args[2] : "current";
        Language language = Language.EN;

        List<AnalystFragment> fragments = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        List<String> interviews = new ArrayList<>();
        try (var files = Files.list(data.resolve("transcripts"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .forEach(n -> interviews.add(n.substring(0, n.length() - 4)));
        }
        for (String interview : interviews) {
            readTranscript(data, interview, language, fragments, turns);
        }
        Map<String, List<int[]>> humanSpans = new HashMap<>();
        Map<String, List<String>> humanFamilies = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode segment = JSON.readTree(line);
            String interview = segment.get("interview").asText();
            humanSpans.computeIfAbsent(interview, k -> new ArrayList<>()).add(new int[] {
                segment.get("char_start").asInt(), segment.get("char_end").asInt()
            });
            humanFamilies
                    .computeIfAbsent(interview, k -> new ArrayList<>())
                    .add(segment.get("code_path").asText().split(" > ")[0]);
        }

        long t0 = System.nanoTime();
        OpenCodingResult coding =
                new KeyPhraseOpenCoder().code(new OpenCodingRequest(language, fragments, List.of(), List.of()));
        double codingSeconds = (System.nanoTime() - t0) / 1e9;
        List<AxialGroupingRequest.AxialCode> axialCodes = new ArrayList<>();
        Map<UUID, OpenCodingResult.CodeDraft> codeById = new LinkedHashMap<>();
        for (OpenCodingResult.CodeDraft code : coding.codes()) {
            UUID id = UUID.nameUUIDFromBytes(
                    (code.language().code() + ":" + code.label()).getBytes(StandardCharsets.UTF_8));
            codeById.put(id, code);
            axialCodes.add(new AxialGroupingRequest.AxialCode(
                    id,
                    code.label(),
                    code.applications().stream()
                            .map(a -> a.quote().fragmentId())
                            .toList(),
                    null));
        }
        AxialGroupingResult grouping = new AgglomerativeAxialGrouper()
                .group(new AxialGroupingRequest(language, axialCodes, List.of(), fragments));

        Map<UUID, Integer> turnOf = new HashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            turnOf.put(turns.get(i).fragment().fragmentId(), i);
        }
        int n = turns.size();
        // Offline: per turn, applications per category.
        List<Map<String, Integer>> offline = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            offline.add(new TreeMap<>());
        }
        for (AxialGroupingResult.CategoryDraft category : grouping.categories()) {
            for (UUID codeId : category.codeIds()) {
                for (OpenCodingResult.Application application :
                        codeById.get(codeId).applications()) {
                    Integer turn = turnOf.get(application.quote().fragmentId());
                    if (turn != null) {
                        offline.get(turn).merge(category.name(), 1, Integer::sum);
                    }
                }
            }
        }
        // Human: per turn, coded characters per family.
        List<Map<String, Integer>> human = new ArrayList<>();
        for (Turn turn : turns) {
            Map<String, Integer> families = new TreeMap<>();
            List<int[]> spans = humanSpans.getOrDefault(turn.interview(), List.of());
            List<String> names = humanFamilies.getOrDefault(turn.interview(), List.of());
            for (int s = 0; s < spans.size(); s++) {
                int overlap = Math.min(turn.end(), spans.get(s)[1]) - Math.max(turn.start(), spans.get(s)[0]);
                if (overlap > 0) {
                    families.merge(names.get(s), overlap, Integer::sum);
                }
            }
            human.add(families);
        }

        boolean[] humanCoded = new boolean[n];
        boolean[] offlineCoded = new boolean[n];
        for (int i = 0; i < n; i++) {
            humanCoded[i] = !human.get(i).isEmpty();
            offlineCoded[i] = !offline.get(i).isEmpty();
        }
        Measure relevance =
                BinaryAgreement.of(PresenceCounts.of(offlineCoded, humanCoded)).cohensKappa();

        TreeSet<String> families = new TreeSet<>();
        human.forEach(h -> families.addAll(h.keySet()));
        TreeSet<String> categories = new TreeSet<>();
        offline.forEach(o -> categories.addAll(o.keySet()));
        Map<String, Double> bestKappa = new TreeMap<>();
        Map<String, String> bestCategory = new TreeMap<>();
        for (String family : families) {
            boolean[] h = new boolean[n];
            for (int i = 0; i < n; i++) {
                h[i] = human.get(i).containsKey(family);
            }
            double best = 0;
            String bestName = "-";
            for (String category : categories) {
                boolean[] o = new boolean[n];
                for (int i = 0; i < n; i++) {
                    o[i] = offline.get(i).containsKey(category);
                }
                Measure kappa = BinaryAgreement.of(PresenceCounts.of(o, h)).cohensKappa();
                if (kappa.isDefined() && kappa.value() > best) {
                    best = kappa.value();
                    bestName = category;
                }
            }
            bestKappa.put(family, best);
            bestCategory.put(family, bestName);
        }
        List<Double> sorted = new ArrayList<>(bestKappa.values());
        sorted.sort(Double::compare);
        double median = sorted.isEmpty()
                ? 0
                : sorted.size() % 2 == 1
                        ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        double best = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);

        List<String> humanLabels = new ArrayList<>();
        List<String> offlineLabels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (humanCoded[i] && offlineCoded[i]) {
                humanLabels.add(dominant(human.get(i)));
                offlineLabels.add(dominant(offline.get(i)));
            }
        }
        double nmi = nmi(humanLabels, offlineLabels);
        int coded = 0;
        int humanCount = 0;
        for (int i = 0; i < n; i++) {
            coded += offlineCoded[i] ? 1 : 0;
            humanCount += humanCoded[i] ? 1 : 0;
        }
        double share = (double) coded / n;
        double humanShare = (double) humanCount / n;

        StringBuilder perFamily = new StringBuilder();
        StringBuilder perFamilyJson = new StringBuilder();
        for (String family : families) {
            perFamily.append(String.format(
                    Locale.ROOT, "    %-28s κ %.3f  (%s)%n", family, bestKappa.get(family), bestCategory.get(family)));
            if (perFamilyJson.length() > 0) {
                perFamilyJson.append(',');
            }
            perFamilyJson.append(String.format(
                    Locale.ROOT,
                    "{\"family\":%s,\"kappa\":%.4f,\"category\":%s}",
                    JSON.writeValueAsString(family),
                    bestKappa.get(family),
                    JSON.writeValueAsString(bestCategory.get(family))));
        }
        if (System.getenv("ANALYST_QUALITY_DUMP") != null) {
            dump(Path.of(System.getenv("ANALYST_QUALITY_DUMP")), coding, codeById, grouping, turns, turnOf, human);
        }
        if (System.getenv("ANALYST_QUALITY_BOUNDS") != null) {
            printBounds(coding, codeById, grouping, turnOf, human, humanCoded, n);
        }
        List<String> names = grouping.categories().stream()
                .map(AxialGroupingResult.CategoryDraft::name)
                .toList();
        List<String> labels = coding.codes().stream()
                .limit(25)
                .map(OpenCodingResult.CodeDraft::label)
                .toList();
        System.out.printf(
                Locale.ROOT,
                "[%s] turns %d, coded %.1f %% (human %.1f %%); relevance κ %.3f; best-match κ median %.3f, best %.3f;"
                        + " NMI %.3f (%d turns coded by both); %d codes, %d categories; open coding %.2f s%n%s"
                        + "  categories: %s%n  first codes: %s%n",
                label,
                n,
                100 * share,
                100 * humanShare,
                relevance.orElse(Double.NaN),
                median,
                best,
                nmi,
                humanLabels.size(),
                coding.codes().size(),
                grouping.categories().size(),
                codingSeconds,
                perFamily,
                names,
                labels);
        String json = String.format(
                Locale.ROOT,
                "{\"label\":%s,\"date\":\"%s\",\"participant_turns\":%d,\"coded_share\":%.4f,\"human_coded_share\":%.4f,"
                        + "\"relevance_kappa\":%.4f,\"best_match_kappa_median\":%.4f,\"best_match_kappa_best\":%.4f,"
                        + "\"nmi\":%.4f,\"nmi_turns\":%d,\"codes\":%d,\"categories\":%d,\"open_coding_s\":%.3f,"
                        + "\"per_family\":[%s],\"category_names\":%s}",
                JSON.writeValueAsString(label),
                Instant.now(),
                n,
                share,
                humanShare,
                relevance.orElse(0),
                median,
                best,
                nmi,
                humanLabels.size(),
                coding.codes().size(),
                grouping.categories().size(),
                codingSeconds,
                perFamilyJson,
                JSON.writeValueAsString(names));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json + System.lineSeparator());
    }

    private static void readTranscript(
            Path data, String interview, Language language, List<AnalystFragment> fragments, List<Turn> turns)
            throws IOException {
        String text = Files.readString(data.resolve("transcripts").resolve(interview + ".txt"), StandardCharsets.UTF_8);
        UUID interviewId = UUID.nameUUIDFromBytes(interview.getBytes(StandardCharsets.UTF_8));
        // Offsets in gold.jsonl are code points; the transcripts are BMP text, so chars and code points agree.
        Map<String, Integer> speakerCounts = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                speakerCounts.merge(line.substring(0, colon), 1, Integer::sum);
            }
        }
        int position = 0;
        int index = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = position;
            position += line.length() + 1;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String speaker = line.substring(0, colon);
            boolean participant = speaker.toLowerCase(Locale.ROOT).startsWith("partic");
            int start = lineStart + colon + 1;
            while (start < lineStart + line.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            String body = text.substring(start, lineStart + line.length());
            UUID id = UUID.nameUUIDFromBytes((interview + "#" + index++).getBytes(StandardCharsets.UTF_8));
            AnalystFragment fragment = new AnalystFragment(id, interviewId, speaker, !participant, language, body);
            fragments.add(fragment);
            if (participant) {
                turns.add(new Turn(interview, start, lineStart + line.length(), fragment));
            }
        }
    }

    /**
     * Why the targets stop where they do: the same measures for other groupings of the same codes — each code its
     * own category, every code in one category, and an oracle that puts each code in the human family most of its
     * turns carry (an upper bound for any grouping of these codes) — and how the human families split the turns.
     */
    private static void printBounds(
            OpenCodingResult coding,
            Map<UUID, OpenCodingResult.CodeDraft> codeById,
            AxialGroupingResult grouping,
            Map<UUID, Integer> turnOf,
            List<Map<String, Integer>> human,
            boolean[] humanCoded,
            int n) {
        Map<UUID, String> actual = new HashMap<>();
        grouping.categories().forEach(c -> c.codeIds().forEach(id -> actual.put(id, c.name())));
        Map<UUID, String> perCode = new HashMap<>();
        Map<UUID, String> single = new HashMap<>();
        Map<UUID, String> oracle = new HashMap<>();
        for (Map.Entry<UUID, OpenCodingResult.CodeDraft> e : codeById.entrySet()) {
            perCode.put(e.getKey(), e.getValue().label());
            single.put(e.getKey(), "all");
            Map<String, Integer> votes = new TreeMap<>();
            for (OpenCodingResult.Application a : e.getValue().applications()) {
                Integer turn = turnOf.get(a.quote().fragmentId());
                if (turn != null) {
                    human.get(turn).keySet().forEach(f -> votes.merge(f, 1, Integer::sum));
                }
            }
            oracle.put(e.getKey(), votes.isEmpty() ? "code:" + e.getValue().label() : dominant(votes));
        }
        Map<String, Integer> familyTurns = new TreeMap<>();
        human.forEach(h -> h.keySet().forEach(f -> familyTurns.merge(f, 1, Integer::sum)));
        int multi = 0;
        for (Map<String, Integer> h : human) {
            multi += h.size() > 1 ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "  bounds: human families %d, turns per family %s, human-coded turns with 2+ families %d%n",
                familyTurns.size(),
                familyTurns,
                multi);
        for (Map.Entry<String, Map<UUID, String>> grouping2 : List.of(
                Map.entry("actual", actual),
                Map.entry("one category per code", perCode),
                Map.entry("one category for all", single),
                Map.entry("oracle (code -> its majority family)", oracle))) {
            List<Map<String, Integer>> offline = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                offline.add(new TreeMap<>());
            }
            codeById.forEach((id, code) -> code.applications().forEach(a -> {
                Integer turn = turnOf.get(a.quote().fragmentId());
                if (turn != null) {
                    offline.get(turn).merge(grouping2.getValue().get(id), 1, Integer::sum);
                }
            }));
            TreeSet<String> families = new TreeSet<>(familyTurns.keySet());
            TreeSet<String> categories = new TreeSet<>();
            offline.forEach(o -> categories.addAll(o.keySet()));
            List<Double> kappas = new ArrayList<>();
            for (String family : families) {
                boolean[] h = new boolean[n];
                for (int i = 0; i < n; i++) {
                    h[i] = human.get(i).containsKey(family);
                }
                double best = 0;
                for (String category : categories) {
                    boolean[] o = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        o[i] = offline.get(i).containsKey(category);
                    }
                    Measure kappa = BinaryAgreement.of(PresenceCounts.of(o, h)).cohensKappa();
                    if (kappa.isDefined()) {
                        best = Math.max(best, kappa.value());
                    }
                }
                kappas.add(best);
            }
            kappas.sort(Double::compare);
            double median = (kappas.get((kappas.size() - 1) / 2) + kappas.get(kappas.size() / 2)) / 2;
            List<String> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (humanCoded[i] && !offline.get(i).isEmpty()) {
                    x.add(dominant(human.get(i)));
                    y.add(dominant(offline.get(i)));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "  bound %-38s categories %3d  best-match κ median %.3f best %.3f  NMI %.3f%n",
                    grouping2.getKey(),
                    categories.size(),
                    median,
                    kappas.get(kappas.size() - 1),
                    nmi(x, y));
        }
    }

    /**
     * Diagnostic dump (ANALYST_QUALITY_DUMP=file): one JSON line per participant turn with its human families, the
     * offline codes and categories on it and its text, to see which turns a family covers and which its best category
     * covers.
     */
    private static void dump(
            Path file,
            OpenCodingResult coding,
            Map<UUID, OpenCodingResult.CodeDraft> codeById,
            AxialGroupingResult grouping,
            List<Turn> turns,
            Map<UUID, Integer> turnOf,
            List<Map<String, Integer>> human)
            throws IOException {
        Map<UUID, String> categoryOf = new HashMap<>();
        grouping.categories().forEach(c -> c.codeIds().forEach(id -> categoryOf.put(id, c.name())));
        List<List<String>> codes = new ArrayList<>();
        List<List<String>> categories = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            codes.add(new ArrayList<>());
            categories.add(new ArrayList<>());
        }
        codeById.forEach((id, code) -> code.applications().forEach(a -> {
            Integer turn = turnOf.get(a.quote().fragmentId());
            if (turn != null) {
                codes.get(turn).add(code.label());
                categories.get(turn).add(categoryOf.get(id));
            }
        }));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < turns.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("turn", i);
            row.put("interview", turns.get(i).interview());
            row.put("families", human.get(i));
            row.put("codes", codes.get(i));
            row.put("categories", categories.get(i));
            row.put("text", turns.get(i).fragment().text());
            out.append(JSON.writeValueAsString(row)).append('\n');
        }
        Files.writeString(file, out.toString());
    }

    private static String dominant(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** Normalised mutual information, arithmetic-mean normalisation: I(X;Y) / ((H(X) + H(Y)) / 2). */
    static double nmi(List<String> x, List<String> y) {
        int n = x.size();
        if (n == 0) {
            return 0;
        }
        Map<String, Integer> cx = new HashMap<>();
        Map<String, Integer> cy = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cx.merge(x.get(i), 1, Integer::sum);
            cy.merge(y.get(i), 1, Integer::sum);
            joint.merge(x.get(i) + "\u0000" + y.get(i), 1, Integer::sum);
        }
        double mi = 0;
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            String[] parts = e.getKey().split("\u0000", -1);
            double pxy = e.getValue() / (double) n;
            mi += pxy * Math.log(pxy / ((cx.get(parts[0]) / (double) n) * (cy.get(parts[1]) / (double) n)));
        }
        double hx = entropy(cx, n);
        double hy = entropy(cy, n);
        return hx + hy == 0 ? 0 : mi / ((hx + hy) / 2);
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
