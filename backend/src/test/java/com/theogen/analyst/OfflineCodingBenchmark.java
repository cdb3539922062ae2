package com.theogen.analyst;

import com.theogen.analyst.internal.AgglomerativeAxialGrouper;
import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): offline open coding throughput on a synthetic corpus of 5,000 participant turns
 * (100 interviews × 50 turns, each after an interviewer question the coder skips), plus axial grouping of
 * the result. Throughput counts participant fragments. Run with {@code bench/analyst/run.sh}; prints the
 * figures and writes {@code bench/results/analyst.json}.
 */
public final class OfflineCodingBenchmark {

    private OfflineCodingBenchmark() {}

    public static void main(String[] args) throws IOException {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path output = Path.of(args.length > 3 ? args[3] : "bench/results/analyst.json");
        List<AnalystFragment> fragments = SyntheticCorpus.generate(interviews, turns, 42);
        int participant = (int) fragments.stream().filter(f -> !f.interviewer()).count();
        OpenCodingRequest request = new OpenCodingRequest(Language.ES, fragments, List.of(), List.of());
        KeyPhraseOpenCoder coder = new KeyPhraseOpenCoder();
        coder.code(request);
        List<Double> seconds = new ArrayList<>();
        OpenCodingResult result = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = coder.code(request);
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        seconds.sort(Double::compare);
        double median = seconds.get(seconds.size() / 2);
        long t0 = System.nanoTime();
        AxialGroupingResult grouping = new AgglomerativeAxialGrouper().group(axialRequest(result, fragments));
        double axialSeconds = (System.nanoTime() - t0) / 1e9;
        // ADR 044: the same grouping when each interview's language is stored (as coding passes it), not detected;
        // both timed again after that first (cold) run, alternately, so neither gains from warming up the other
        List<AnalystFragment> stored = withStoredLanguages(fragments, result);
        double detectedAgain = 0;
        double storedAxialSeconds = 0;
        for (int i = 0; i < 2; i++) {
            t0 = System.nanoTime();
            new AgglomerativeAxialGrouper().group(axialRequest(result, stored));
            storedAxialSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            new AgglomerativeAxialGrouper().group(axialRequest(result, fragments));
            detectedAgain = (System.nanoTime() - t0) / 1e9;
        }
        double throughput = participant / median;
        String summary = String.format(
                Locale.ROOT,
                "offline open coding: %d fragments (%d participant) in %.2f s median of %d -> %.0f fragments/s; "
                        + "%d codes; axial grouping into %d categories in %.2f s; warm: %.2f s detecting"
                        + " languages, %.2f s with stored languages",
                fragments.size(),
                participant,
                median,
                runs,
                throughput,
                result.codes().size(),
                grouping.categories().size(),
                axialSeconds,
                detectedAgain,
                storedAxialSeconds);
        System.out.println(summary);
        String json = String.format(
                Locale.ROOT,
                "{\"benchmark\":\"analyst\",\"date\":\"%s\",\"cpus\":%d,\"java\":\"%s\",%n"
                        + " \"fragments\":%d,\"participant_fragments\":%d,\"runs\":%d,\"open_coding_median_s\":%.3f,"
                        + "\"open_coding_fragments_per_s\":%.1f,\"codes\":%d,\"axial_grouping_s\":%.3f,\"categories\":%d,"
                        + "\"axial_grouping_warm_detecting_s\":%.3f,\"axial_grouping_warm_stored_languages_s\":%.3f}%n",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                fragments.size(),
                participant,
                runs,
                median,
                throughput,
                result.codes().size(),
                axialSeconds,
                grouping.categories().size(),
                detectedAgain,
                storedAxialSeconds);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json);
    }

    private static List<AnalystFragment> withStoredLanguages(List<AnalystFragment> fragments, OpenCodingResult result) {
        return fragments.stream()
                .map(f -> new AnalystFragment(
                        f.fragmentId(),
                        f.interviewId(),
                        f.speaker(),
                        f.interviewer(),
                        f.language(),
                        f.text(),
                        SpokenLanguage.ofCode(result.interviewLanguages().getOrDefault(f.interviewId(), "und"))))
                .toList();
    }

    private static AxialGroupingRequest axialRequest(OpenCodingResult result, List<AnalystFragment> fragments) {
        List<AxialGroupingRequest.AxialCode> codes = new ArrayList<>();
        for (OpenCodingResult.CodeDraft code : result.codes()) {
            codes.add(new AxialGroupingRequest.AxialCode(
                    SyntheticCorpus.uuid(code.language().code() + code.label()),
                    code.label(),
                    AnalystRun.fragmentIds(code),
                    null));
        }
        return new AxialGroupingRequest(Language.ES, codes, List.of(), fragments);
    }
}
