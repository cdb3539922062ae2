package com.theogen.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.bench.BenchHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Exchange benchmark (not a test): a generated REFI-QDA project of N interviews and S coded selections by two
 * coders over a 40-code hierarchy, imported through the HTTP API (POST to the import job's completion) and
 * exported again (GET), with the JVM's peak heap and the process's peak RSS during each. Run by {@code
 * bench/exchange/run.sh}.
 */
public final class ExchangeBenchmark {

    private static final String[] WORDS = {
        "cuidado",
        "turno",
        "noche",
        "madre",
        "hospital",
        "dinero",
        "escuela",
        "café",
        "niños",
        "trabajo",
        "cansancio",
        "vecinas",
        "abuela",
        "médico",
        "salario",
        "horario",
        "culpa",
        "apoyo",
        "familia",
        "tiempo"
    };

    private ExchangeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int selections = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results/exchange.json");
        byte[] qdpx = generate(new Random(20_261_203L), interviews, selections);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "exchange");
        report.put("measured_at", Instant.now().toString());
        report.put("interviews", interviews);
        report.put("coded_selections", selections);
        report.put("qdpx_bytes", qdpx.length);
        report.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", -Xmx"
                        + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        report.put(
                "load_average_before",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (ConfigurableApplicationContext app = BenchHttp.start("bench-exchange", List.of())) {
            WebClient client = BenchHttp.client(app);
            String token = BenchHttp.register(client);
            Peaks peaks = new Peaks();

            peaks.reset();
            long start = System.nanoTime();
            JsonNode accepted = post(client, token, "/api/projects/import?format=qdpx&name=Bench", qdpx);
            long checked = System.nanoTime();
            JsonNode job = await(client, token, accepted.get("status_url").asText());
            long imported = System.nanoTime();
            String project = accepted.get("project_id").asText();
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("status", job.get("status").asText());
            in.put("request_ms", ms(checked - start));
            in.put("total_ms", ms(imported - start));
            in.put("selections_per_second", Math.round(selections / ((imported - start) / 1e9)));
            in.put("peak_heap_mb", peaks.heapMb());
            in.put("peak_rss_mb", peaks.rssMb());
            in.put("steps", job.get("steps"));
            report.put("import", in);

            peaks.reset();
            long exportStart = System.nanoTime();
            byte[] exported = client.get()
                    .uri("/api/projects/" + project + "/export?format=qdpx")
                    .header("Authorization", "Bearer " + token)
                    .retrieve()
                    .bodyToMono(byte[].class)
                    .block(Duration.ofMinutes(10));
            long exportEnd = System.nanoTime();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total_ms", ms(exportEnd - exportStart));
            out.put("bytes", exported.length);
            out.put("peak_heap_mb", peaks.heapMb());
            out.put("peak_rss_mb", peaks.rssMb());
            report.put("export", out);
            peaks.stop();
        }
        report.put(
                "load_average_after",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Files.createDirectories(results.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        System.out.println(
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        System.out.println("written " + results.toAbsolutePath());
    }

    /** Interviews of speaker turns; each selection is a sentence (a few span two turns), coded by one of two people. */
    static byte[] generate(Random random, int interviews, int selections) throws IOException {
        StringBuilder codes = new StringBuilder();
        String[] codeGuids = new String[40];
        for (int parent = 0; parent < 8; parent++) {
            String guid = UUID.nameUUIDFromBytes(("p" + parent).getBytes()).toString();
            codeGuids[parent * 5] = guid;
            codes.append("<Code guid=\"")
                    .append(guid)
                    .append("\" name=\"Tema ")
                    .append(parent)
                    .append("\" isCodable=\"true\" color=\"#3366AA\">");
            for (int child = 1; child < 5; child++) {
                String childGuid = UUID.nameUUIDFromBytes(("c" + parent + child).getBytes())
                        .toString();
                codeGuids[parent * 5 + child] = childGuid;
                codes.append("<Code guid=\"")
                        .append(childGuid)
                        .append("\" name=\"Subtema ")
                        .append(parent)
                        .append('.')
                        .append(child)
                        .append("\" isCodable=\"true\"/>");
            }
            codes.append("</Code>");
        }
        String[] users = {"AAAAAAAA-0000-4000-8000-000000000001", "AAAAAAAA-0000-4000-8000-000000000002"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder sources = new StringBuilder();
        int perInterview = selections / interviews;
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < interviews; i++) {
                StringBuilder text = new StringBuilder();
                List<int[]> sentences = new java.util.ArrayList<>();
                int turns = perInterview / 2 + 1;
                for (int t = 0; t < turns; t++) {
                    text.append(t % 2 == 0 ? "Entrevistadora: " : "Participante: ");
                    for (int s = 0; s < 2; s++) {
                        int begin = text.codePointCount(0, text.length());
                        for (int w = 0; w < 12; w++) {
                            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                        }
                        text.append(". ");
                        sentences.add(new int[] {begin, text.codePointCount(0, text.length()) - 1});
                    }
                    text.append("\n\n");
                }
                String sourceGuid = UUID.nameUUIDFromBytes(("s" + i).getBytes()).toString();
                sources.append("<TextSource guid=\"")
                        .append(sourceGuid)
                        .append("\" name=\"Entrevista ")
                        .append(i + 1)
                        .append("\" plainTextPath=\"internal://")
                        .append(sourceGuid)
                        .append(".txt\">");
                for (int k = 0; k < perInterview; k++) {
                    int[] sentence = sentences.get(k);
                    int end =
                            k % 25 == 24 && k + 1 < sentences.size() ? sentences.get(k + 1)[1] : sentence[1];
                    String user = users[k % 2];
                    sources.append("<PlainTextSelection guid=\"")
                            .append(UUID.nameUUIDFromBytes(("x" + i + "-" + k).getBytes()))
                            .append("\" startPosition=\"")
                            .append(sentence[0])
                            .append("\" endPosition=\"")
                            .append(end)
                            .append("\" creatingUser=\"")
                            .append(user)
                            .append("\"><Coding guid=\"")
                            .append(UUID.nameUUIDFromBytes(("y" + i + "-" + k).getBytes()))
                            .append("\"><CodeRef targetGUID=\"")
                            .append(codeGuids[random.nextInt(codeGuids.length)])
                            .append("\"/></Coding></PlainTextSelection>");
                }
                sources.append("</TextSource>");
                zip.putNextEntry(new ZipEntry("sources/" + sourceGuid + ".txt"));
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            String qde =
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Bench\">"
                            + "<Users><User guid=\"" + users[0] + "\" name=\"Lucía\"/><User guid=\"" + users[1]
                            + "\" name=\"Kwame\"/></Users>"
                            + "<CodeBook><Codes>" + codes + "</Codes></CodeBook><Sources>" + sources
                            + "</Sources></Project>";
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static JsonNode post(WebClient client, String token, String uri, byte[] body) {
        return client.post()
                .uri(uri)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(Duration.ofMinutes(10));
    }

    private static JsonNode await(WebClient client, String token, String statusUrl) throws InterruptedException {
        while (true) {
            JsonNode job = BenchHttp.get(client, token, statusUrl);
            String status = job.get("status").asText();
            if (!status.equals("pending") && !status.equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** Samples the heap every 20 ms; peak RSS from /proc (reset through clear_refs where the kernel allows). */
    private static final class Peaks {
        private final AtomicLong heap = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        Peaks() {
            sampler = new Thread(
                    () -> {
                        while (running) {
                            long used = ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed();
                            heap.accumulateAndGet(used, Math::max);
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() {
            System.gc();
            heap.set(0);
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | RuntimeException ignored) {
                // not Linux, or not allowed: the RSS peak is then the process's peak so far
            }
        }

        long heapMb() {
            return heap.get() >> 20;
        }

        long rssMb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // not Linux
            }
            return -1;
        }

        void stop() {
            running = false;
            sampler.interrupt();
        }
    }
}
