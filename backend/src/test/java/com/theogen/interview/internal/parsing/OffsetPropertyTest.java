package com.theogen.interview.internal.parsing;

import static com.theogen.interview.internal.parsing.OffsetAssertions.assertFragmentsExact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.interview.TranscriptFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random transcripts rendered in every format, with the noise real files carry (CRLF, BOM, non-breaking and
 * double spaces, tabs, zero-width characters, Windows-1252), parsing yields fragments whose offsets are exact
 * ({@code fullText.substring(start, end)} is the fragment text), that respect the size limit, and that keep every
 * spoken word, in order, with the right speaker.
 */
class OffsetPropertyTest {

    private static final int MAX = 240;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> WORDS = List.of(
            "cuidado",
            "madre",
            "trabajo",
            "política",
            "niño",
            "año",
            "¿qué",
            "pasó?",
            "care",
            "don't",
            "shift",
            "2024",
            "Sr.",
            "e.g.",
            "él",
            "mañana",
            "ÁRBOL",
            "über",
            "coração",
            "(se",
            "ríe)",
            "—",
            "«bueno»",
            "no.",
            "sí!",
            "ok…",
            "3.5",
            "10:30");
    private static final List<String> NON_LATIN1 = List.of("😂", "𝄞", "ﬁn", "€uro", "‘quoted’");
    private static final List<String[]> SPEAKER_PAIRS = List.of(
            new String[] {"Entrevistadora", "Marta"},
            new String[] {"Interviewer 1", "Respondent"},
            new String[] {"I", "P1"},
            new String[] {"E", "Lucía Pérez"});
    private static final ObjectMapper JSON = new ObjectMapper();

    record Spoken(String speaker, List<String> sentences) {}

    @Property(tries = 60)
    void plainTextFormatsKeepExactOffsetsAndEveryWord(
            @ForAll("transcripts") List<Spoken> turns, @ForAll("noiseSeed") long seed) {
        Random random = new Random(seed);
        check(turns, "t.txt", renderText(turns, random, false).getBytes(StandardCharsets.UTF_8));
        check(turns, "t.md", renderText(turns, random, true).getBytes(StandardCharsets.UTF_8));
        check(turns, "u.txt", withBom(renderText(turns, random, false)));
        check(
                turns,
                "w.txt",
                latin1(turns) ? renderText(turns, random, false).getBytes(Charset.forName("windows-1252")) : null);
    }

    @Property(tries = 40)
    void cueAndTurnFormatsKeepExactOffsetsAndEveryWord(
            @ForAll("transcripts") List<Spoken> turns, @ForAll("noiseSeed") long seed) throws Exception {
        Random random = new Random(seed);
        check(turns, "t.vtt", renderVtt(turns, random).getBytes(StandardCharsets.UTF_8));
        check(turns, "t.srt", renderSrt(turns, random).getBytes(StandardCharsets.UTF_8));
        check(turns, "t.json", renderJson(turns));
    }

    @Property(tries = 15)
    void documentFormatsKeepExactOffsetsAndEveryWord(@ForAll("latinTranscripts") List<Spoken> turns) {
        List<String> paragraphs = turns.stream()
                .map(t -> t.speaker() + ": " + String.join(" ", t.sentences()))
                .toList();
        check(turns, "t.docx", TranscriptFiles.docx(paragraphs));
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(paragraph, 90));
        }
        check(turns, "t.pdf", TranscriptFiles.pdf(lines));
    }

    private static void check(List<Spoken> turns, String filename, byte[] content) {
        if (content == null) {
            return;
        }
        ParsedTranscript transcript = new TranscriptParser(MAX).parse(filename, content);
        assertFragmentsExact(transcript, MAX);
        assertThat(spokenBySpeaker(transcript)).as(filename).isEqualTo(expected(turns));
    }

    /** Consecutive fragments of one speaker joined: (speaker, words) per turn. */
    private static List<String> spokenBySpeaker(ParsedTranscript transcript) {
        List<String> result = new ArrayList<>();
        String speaker = "\0";
        StringBuilder words = new StringBuilder();
        for (ParsedFragment fragment : transcript.fragments()) {
            if (!String.valueOf(fragment.speaker()).equals(speaker) && !"\0".equals(speaker)) {
                result.add(speaker + " |" + words);
                words.setLength(0);
            }
            speaker = String.valueOf(fragment.speaker());
            words.append(words(fragment.text()));
        }
        result.add(speaker + " |" + words);
        return result;
    }

    private static List<String> expected(List<Spoken> turns) {
        return turns.stream()
                .map(t -> t.speaker() + " |" + words(String.join(" ", t.sentences())))
                .toList();
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.append(' ').append(m.group());
        }
        return out.toString();
    }

    @Provide
    Arbitrary<List<Spoken>> transcripts() {
        return transcripts(Arbitraries.of(concat(WORDS, NON_LATIN1)));
    }

    @Provide
    Arbitrary<List<Spoken>> latinTranscripts() {
        return transcripts(Arbitraries.of(WORDS));
    }

    @Provide
    Arbitrary<Long> noiseSeed() {
        return Arbitraries.longs();
    }

    private static Arbitrary<List<Spoken>> transcripts(Arbitrary<String> word) {
        Arbitrary<String> sentence = Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(30), Arbitraries.of(".", "?", "!", "…", "", "."))
                .as((words, end) -> String.join(" ", words) + end);
        Arbitrary<List<String>> turnText = sentence.list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(
                        Arbitraries.of(SPEAKER_PAIRS),
                        turnText.list().ofMinSize(4).ofMaxSize(10))
                .as((pair, texts) -> {
                    List<Spoken> turns = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        turns.add(new Spoken(pair[i % 2], texts.get(i)));
                    }
                    return turns;
                });
    }

    private static String renderText(List<Spoken> turns, Random random, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        for (Spoken turn : turns) {
            String label = markdown ? "**" + turn.speaker() + ":**" : turn.speaker() + ":";
            out.append(label).append(space(random));
            for (int s = 0; s < turn.sentences().size(); s++) {
                out.append(turn.sentences().get(s).replace(" ", space(random)));
                out.append(random.nextInt(5) == 0 ? newline : space(random));
            }
            out.append(newline).append(random.nextBoolean() ? newline : "");
        }
        return out.toString();
    }

    private static String renderVtt(List<Spoken> turns, Random random) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        int second = 0;
        for (Spoken turn : turns) {
            for (String sentence : turn.sentences()) {
                out.append(String.format(
                        "%02d:%02d.000 --> %02d:%02d.500%n",
                        second / 60, second % 60, (second + 2) / 60, (second + 2) % 60));
                out.append("<v ").append(turn.speaker()).append('>').append(sentence.replace(" ", space(random)));
                out.append(random.nextBoolean() ? "</v>" : "").append("\n\n");
                second += 3;
            }
        }
        return out.toString();
    }

    private static String renderSrt(List<Spoken> turns, Random random) {
        StringBuilder out = new StringBuilder();
        int cue = 1;
        for (Spoken turn : turns) {
            for (String sentence : turn.sentences()) {
                int ms = cue * 3000;
                out.append(cue++).append("\r\n");
                out.append(srtTime(ms))
                        .append(" --> ")
                        .append(srtTime(ms + 2500))
                        .append("\r\n");
                out.append(turn.speaker())
                        .append(": ")
                        .append(sentence.replace(" ", space(random)))
                        .append("\r\n\r\n");
            }
        }
        return out.toString();
    }

    private static byte[] renderJson(List<Spoken> turns) throws Exception {
        List<Object> list = new ArrayList<>();
        double t = 0;
        for (Spoken turn : turns) {
            list.add(java.util.Map.of(
                    "speaker",
                    turn.speaker(),
                    "text",
                    String.join(" ", turn.sentences()),
                    "start",
                    t,
                    "end",
                    t + 4.25));
            t += 5;
        }
        return JSON.writeValueAsBytes(list);
    }

    private static String srtTime(int ms) {
        return String.format("%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String space(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "\u00A0";
            case 1 -> "  ";
            case 2 -> "\t";
            case 3 -> " \u200B";
            default -> " ";
        };
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean latin1(List<Spoken> turns) {
        return turns.stream()
                .flatMap(t -> t.sentences().stream())
                .allMatch(s -> Charset.forName("windows-1252").newEncoder().canEncode(s));
    }

    private static byte[] withBom(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
