package com.theogen.coding.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.bench.BenchHttp;
import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.agreement.Agreement;
import com.theogen.coding.agreement.AgreementReport;
import com.theogen.coding.agreement.BinaryAgreement;
import com.theogen.coding.agreement.CodeAgreement;
import com.theogen.coding.agreement.CodedSpan;
import com.theogen.coding.agreement.ComparisonInput;
import com.theogen.coding.agreement.FragmentUnit;
import com.theogen.coding.agreement.Measure;
import com.theogen.coding.agreement.UnitMode;
import com.theogen.coding.internal.CodebookMatcher.Profile;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.shared.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Agreement benchmark (not a test; docs/adr/026): the PDPilot interviews with their single human coder, read from
 * a directory outside the sources (never copied into them). Imports the 7 transcripts, creates the codebook (MAXQDA
 * memos as definitions), loads the human coding as a person's coding through the API, runs the offline codebook
 * coding (whose thresholds are calibrated leave-one-interview-out) and the label-keyword baseline, and compares each
 * with the human per code and overall over participant fragments ({@link Agreement#compare}). Run by {@code
 * bench/agreement/run.sh}.
 */
public final class AgreementBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_EXPORTED = "Anonymize";

    private AgreementBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/eval/pdpilot");
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/agreement.json");
        List<JsonNode> codebook = new ArrayList<>();
        JSON.readTree(data.resolve("codebook.json").toFile()).forEach(codebook::add);
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                gold.add(JSON.readTree(line));
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "agreement");
        report.put("measured_at", Instant.now().toString());
        report.put("data", "PDPilot user study (7 interviews, 261 human-coded segments, BSD-3-Clause)");
        try (ConfigurableApplicationContext app = BenchHttp.start("bench-agreement", List.of())) {
            WebClient client = BenchHttp.client(app);
            String token = BenchHttp.register(client);
            String projectId = BenchHttp.createProject(client, token, Map.of("name", "PDPilot", "language", "en"));
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, UUID> interviewIds = new LinkedHashMap<>();
            for (int p = 1; p <= 7; p++) {
                String name = "P" + p;
                byte[] bytes = Files.readAllBytes(data.resolve("transcripts/" + name + ".txt"));
                texts.put(name, new String(bytes, StandardCharsets.UTF_8));
                JsonNode uploaded = BenchHttp.upload(client, token, projectId, Map.of(name + ".txt", bytes));
                interviewIds.put(
                        name,
                        UUID.fromString(
                                uploaded.get("files").get(0).at("/interview/id").asText()));
            }
            Map<String, UUID> codeIds = new LinkedHashMap<>();
            for (JsonNode code : codebook) {
                String label = code.get("code").asText();
                if (label.equals(NOT_EXPORTED)) {
                    continue;
                }
                Map<String, String> body = new HashMap<>();
                body.put("label", label);
                body.put(
                        "definition",
                        code.path("memo").isTextual() ? code.get("memo").asText() : "");
                codeIds.put(
                        label,
                        UUID.fromString(BenchHttp.post(client, token, "/api/projects/" + projectId + "/codes", body)
                                .get("id")
                                .asText()));
            }
            UUID project = UUID.fromString(projectId);
            List<Fragment> fragments = app.getBean(InterviewFragments.class).ofProject(project);
            Map<UUID, String> interviewNames = new HashMap<>();
            interviewIds.forEach((name, id) -> interviewNames.put(id, name));
            int offsetMismatches = 0;
            for (Fragment f : fragments) {
                String full = texts.get(interviewNames.get(f.interviewId()));
                if (f.charEnd() > full.length()
                        || !full.substring(f.charStart(), f.charEnd()).equals(f.text())) {
                    offsetMismatches++;
                }
            }
            Map<String, Integer> loaded = loadHumanCoding(client, token, gold, texts, interviewIds, codeIds, fragments);
            List<UUID> used = gold.stream()
                    .map(g -> codeIds.get(g.get("code").asText()))
                    .distinct()
                    .toList();
            long started = System.nanoTime();
            JsonNode accepted = BenchHttp.post(
                    client,
                    token,
                    "/api/projects/" + projectId + "/auto-code",
                    Map.of(
                            "mode",
                            "codebook",
                            "code_ids",
                            used.stream().map(UUID::toString).toList()));
            JsonNode done =
                    await(client, token, projectId, accepted.get("task_id").asText());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!"completed".equals(done.get("status").asText())) {
                throw new IllegalStateException("codebook run did not complete: " + done);
            }
            UUID human = UUID.fromString(done.at("/compare_with/coder_a").asText());
            UUID machine = UUID.fromString(done.at("/compare_with/coder_b").asText());
            CodingSnapshot snapshot = app.getBean(Codebooks.class).snapshot(project);
            List<FragmentUnit> units = new ArrayList<>();
            Map<UUID, FragmentUnit> unitById = new HashMap<>();
            for (Fragment f : fragments) {
                FragmentUnit unit =
                        new FragmentUnit(f.id(), f.interviewId(), f.charStart(), f.charEnd(), interviewer(f));
                units.add(unit);
                unitById.put(f.id(), unit);
            }
            List<CodedSpan> humanSpans = spans(snapshot, human, unitById);
            List<CodedSpan> machineSpans = spans(snapshot, machine, unitById);
            List<CodedSpan> baselineSpans = baseline(codebook, codeIds, used, fragments, unitById);
            AgreementReport offline = Agreement.compare(
                    new ComparisonInput(units, humanSpans, machineSpans, used, UnitMode.FRAGMENT, false));
            AgreementReport keyword = Agreement.compare(
                    new ComparisonInput(units, humanSpans, baselineSpans, used, UnitMode.FRAGMENT, false));
            Map<UUID, String> labels = new HashMap<>();
            codeIds.forEach((label, id) -> labels.put(id, label));
            report.put("participant_fragments", (int)
                    fragments.stream().filter(f -> !interviewer(f)).count());
            report.put("fragment_offset_mismatches", offsetMismatches);
            report.put("human_coding_loaded", loaded);
            report.put("codes_compared", used.size());
            report.put(
                    "codes_without_definition",
                    done.get("codes_without_definition").asInt());
            report.put("job_outcome", done.get("outcome"));
            report.put("offline_run_seconds", Math.round(seconds * 10) / 10.0);
            report.put("human_vs_human", "not available: the data set has a single human coder");
            report.put("offline_vs_human", overall(offline));
            report.put("baseline_label_keywords_vs_human", overall(keyword));
            report.put("per_code", perCode(offline, keyword, labels));
            print(report, offline, keyword, labels);
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        System.out.println("wrote " + results);
        System.exit(0);
    }

    /** Each gold segment applied by the person to every participant fragment it overlaps, clipped to it. */
    private static Map<String, Integer> loadHumanCoding(
            WebClient client,
            String token,
            List<JsonNode> gold,
            Map<String, String> texts,
            Map<String, UUID> interviewIds,
            Map<String, UUID> codeIds,
            List<Fragment> fragments) {
        int segments = 0;
        int applications = 0;
        int onlyInterviewer = 0;
        for (JsonNode segment : gold) {
            String interview = segment.get("interview").asText();
            String text = texts.get(interview);
            int start = text.offsetByCodePoints(0, segment.get("char_start").asInt());
            int end = text.offsetByCodePoints(0, segment.get("char_end").asInt());
            UUID interviewId = interviewIds.get(interview);
            int applied = 0;
            for (Fragment f : fragments) {
                if (!f.interviewId().equals(interviewId)
                        || interviewer(f)
                        || f.charEnd() <= start
                        || end <= f.charStart()) {
                    continue;
                }
                int quoteStart = Math.max(start, f.charStart()) - f.charStart();
                int quoteEnd = Math.min(end, f.charEnd()) - f.charStart();
                if (quoteEnd <= quoteStart) {
                    continue;
                }
                BenchHttp.post(
                        client,
                        token,
                        "/api/fragments/" + f.id() + "/codes",
                        Map.of(
                                "code_id",
                                codeIds.get(segment.get("code").asText()).toString(),
                                "quote_start",
                                quoteStart,
                                "quote_end",
                                quoteEnd));
                applied++;
            }
            segments++;
            applications += applied;
            onlyInterviewer += applied == 0 ? 1 : 0;
        }
        Map<String, Integer> loaded = new LinkedHashMap<>();
        loaded.put("segments", segments);
        loaded.put("applications", applications);
        loaded.put("segments_on_interviewer_turns_only", onlyInterviewer);
        return loaded;
    }

    /** The interviewer of this study is "Dan"; participants are "Participant" (once misspelt "Particpant"). */
    private static boolean interviewer(Fragment f) {
        return f.speaker() != null && f.speaker().strip().equalsIgnoreCase("Dan");
    }

    private static List<CodedSpan> spans(CodingSnapshot snapshot, UUID coder, Map<UUID, FragmentUnit> units) {
        return snapshot.applications().stream()
                .filter(a -> a.coderId().equals(coder) && a.quoteEnd() > a.quoteStart())
                .map(a -> CodedSpan.inFragment(a.codeId(), units.get(a.fragmentId()), a.quoteStart(), a.quoteEnd()))
                .toList();
    }

    /** The documented baseline: a code is present where every analysed word of its label occurs. */
    private static List<CodedSpan> baseline(
            List<JsonNode> codebook,
            Map<String, UUID> codeIds,
            List<UUID> used,
            List<Fragment> fragments,
            Map<UUID, FragmentUnit> units) {
        List<Profile> profiles = new ArrayList<>();
        for (JsonNode code : codebook) {
            UUID id = codeIds.get(code.get("code").asText());
            if (id != null && used.contains(id)) {
                profiles.add(new Profile(id, code.get("code").asText(), "", "", "", List.of()));
            }
        }
        List<CodedSpan> spans = new ArrayList<>();
        for (Fragment f : fragments) {
            if (interviewer(f) || f.text().isBlank()) {
                continue;
            }
            for (UUID code : CodebookMatcher.labelKeywordBaseline(Language.EN, profiles, f.text())) {
                spans.add(CodedSpan.wholeFragment(code, units.get(f.id())));
            }
        }
        return spans;
    }

    private static JsonNode await(WebClient client, String token, String projectId, String taskId)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status =
                    BenchHttp.get(client, token, "/api/projects/" + projectId + "/auto-code/status/" + taskId);
            if (status.get("next_poll_seconds").isNull()) {
                return status;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("codebook run still running after 30 minutes");
    }

    private static Map<String, Object> overall(AgreementReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", report.fragments());
        out.put("codes", report.overall().codes());
        out.put("codes_with_variation", report.overall().codesWithVariation());
        out.put("mean_kappa", value(report.overall().meanKappa()));
        out.put("mean_alpha", value(report.overall().meanAlpha()));
        out.put("mean_ac1", value(report.overall().meanAc1()));
        BinaryAgreement pooled = report.overall().pooled();
        out.put("pooled_kappa", value(pooled.cohensKappa()));
        out.put("pooled_alpha", value(pooled.krippendorffsAlpha()));
        out.put("pooled_ac1", value(pooled.gwetsAc1()));
        out.put("pooled_counts", pooled.counts());
        long both = pooled.counts().both();
        double precision = both + pooled.counts().onlyB() == 0
                ? 0
                : (double) both / (both + pooled.counts().onlyB());
        double recall = both + pooled.counts().onlyA() == 0
                ? 0
                : (double) both / (both + pooled.counts().onlyA());
        out.put("pooled_precision", round(precision));
        out.put("pooled_recall", round(recall));
        return out;
    }

    private static List<Map<String, Object>> perCode(
            AgreementReport offline, AgreementReport keyword, Map<UUID, String> labels) {
        Map<UUID, CodeAgreement> baseline = new HashMap<>();
        keyword.codes().forEach(c -> baseline.put(c.codeId(), c));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CodeAgreement code : offline.codes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", labels.get(code.codeId()));
            row.put("human", code.agreement().counts().presentA());
            row.put("offline", code.agreement().counts().presentB());
            row.put("both", code.agreement().counts().both());
            row.put("kappa", value(code.agreement().cohensKappa()));
            row.put("alpha", value(code.agreement().krippendorffsAlpha()));
            row.put("ac1", value(code.agreement().gwetsAc1()));
            BinaryAgreement b = baseline.get(code.codeId()).agreement();
            row.put("baseline", b.counts().presentB());
            row.put("baseline_kappa", value(b.cohensKappa()));
            rows.add(row);
        }
        return rows;
    }

    private static void print(
            Map<String, Object> report, AgreementReport offline, AgreementReport keyword, Map<UUID, String> labels) {
        System.out.println("PDPilot: " + report.get("participant_fragments") + " participant fragments, "
                + report.get("codes_compared") + " codes, human coding " + report.get("human_coding_loaded"));
        System.out.println("human vs human: not available (one human coder in the data set)");
        System.out.printf(
                Locale.ROOT,
                "%-55s %6s %6s %5s %7s %7s %7s %9s%n",
                "code",
                "human",
                "offl",
                "both",
                "kappa",
                "alpha",
                "AC1",
                "base κ");
        Map<UUID, CodeAgreement> baseline = new HashMap<>();
        keyword.codes().forEach(c -> baseline.put(c.codeId(), c));
        for (CodeAgreement code : offline.codes()) {
            var counts = code.agreement().counts();
            String label = labels.get(code.codeId());
            System.out.printf(
                    Locale.ROOT,
                    "%-55s %6d %6d %5d %7s %7s %7s %9s%n",
                    label.length() > 55 ? label.substring(0, 55) : label,
                    counts.presentA(),
                    counts.presentB(),
                    counts.both(),
                    format(code.agreement().cohensKappa()),
                    format(code.agreement().krippendorffsAlpha()),
                    format(code.agreement().gwetsAc1()),
                    format(baseline.get(code.codeId()).agreement().cohensKappa()));
        }
        System.out.println("offline vs human (overall): " + report.get("offline_vs_human"));
        System.out.println("baseline vs human (overall): " + report.get("baseline_label_keywords_vs_human"));
    }

    private static String format(Measure measure) {
        return measure.isDefined() ? String.format(Locale.ROOT, "%.3f", measure.value()) : "n/a";
    }

    private static Object value(Measure measure) {
        return measure.isDefined()
                ? round(measure.value())
                : measure.undefined().name();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
