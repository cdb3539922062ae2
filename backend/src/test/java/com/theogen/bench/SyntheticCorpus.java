package com.theogen.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.interview.TranscriptFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible corpus of synthetic interviews (seeded): Spanish and English, 1,500–3,500 words each, rendered
 * round-robin as txt, md, vtt, srt, json, docx and pdf. The words are drawn from small vocabularies; what matters
 * for throughput is the size and shape of the files, not their meaning.
 */
final class SyntheticCorpus {

    record File(String name, byte[] content) {}

    private static final String[] ES = ("el la que de y en los cuidado madre trabajo turno hospital noche día "
                    + "ayuda hermano dinero cansancio servicio centro médica pensión jefe horario casa semana año "
                    + "política niño mañana también porque cuando siempre nunca")
            .split(" ");
    private static final String[] EN = ("the and of to that care mother work shift hospital night day help brother "
                    + "money tired service centre doctor pension manager schedule home week year policy child "
                    + "morning also because when always never")
            .split(" ");
    private static final String[] FORMATS = {"txt", "md", "vtt", "srt", "json", "docx", "pdf"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCorpus() {}

    static List<File> generate(int interviews, long seed) {
        Random random = new Random(seed);
        List<File> files = new ArrayList<>(interviews);
        for (int i = 0; i < interviews; i++) {
            boolean spanish = i % 2 == 0;
            List<String[]> turns = turns(random, spanish, 1500 + random.nextInt(2001));
            String format = FORMATS[i % FORMATS.length];
            files.add(new File(String.format("synthetic-%03d.%s", i, format), render(format, turns)));
        }
        return files;
    }

    private static List<String[]> turns(Random random, boolean spanish, int words) {
        String[] vocabulary = spanish ? ES : EN;
        String[] speakers = spanish ? new String[] {"Entrevistadora", "Participante"} : new String[] {"I", "P1"};
        List<String[]> turns = new ArrayList<>();
        int written = 0;
        for (int t = 0; written < words; t++) {
            boolean interviewer = t % 2 == 0;
            int sentences = interviewer ? 1 : 2 + random.nextInt(10);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                int length = 6 + random.nextInt(18);
                for (int w = 0; w < length; w++) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w == length - 1 ? (interviewer ? "? " : ". ") : " ");
                }
                written += length;
            }
            turns.add(new String[] {speakers[t % 2], text.toString().strip()});
        }
        return turns;
    }

    private static byte[] render(String format, List<String[]> turns) {
        return switch (format) {
            case "txt" -> utf8(join(turns, "", ": ", "\r\n\r\n"));
            case "md" -> utf8("# Entrevista\n\n" + join(turns, "**", ":** ", "\n\n"));
            case "vtt" -> utf8(cues(turns, true));
            case "srt" -> utf8(cues(turns, false));
            case "json" -> json(turns);
            case "docx" ->
                TranscriptFiles.docx(turns.stream().map(t -> t[0] + ": " + t[1]).toList());
            case "pdf" -> TranscriptFiles.pdf(wrapped(turns));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String join(List<String[]> turns, String before, String after, String separator) {
        StringBuilder out = new StringBuilder();
        turns.forEach(
                t -> out.append(before).append(t[0]).append(after).append(t[1]).append(separator));
        return out.toString();
    }

    private static String cues(List<String[]> turns, boolean vtt) {
        StringBuilder out = new StringBuilder(vtt ? "WEBVTT\n\n" : "");
        int cue = 0;
        for (String[] turn : turns) {
            for (String sentence : turn[1].split("(?<=[.?]) ")) {
                long ms = cue * 4000L;
                out.append(cue + 1)
                        .append('\n')
                        .append(time(ms, vtt))
                        .append(" --> ")
                        .append(time(ms + 3500, vtt));
                out.append('\n')
                        .append(vtt ? "<v " + turn[0] + ">" : turn[0] + ": ")
                        .append(sentence)
                        .append("\n\n");
                cue++;
            }
        }
        return out.toString();
    }

    private static String time(long ms, boolean vtt) {
        return String.format(
                "%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, vtt ? "." : ",", ms % 1000);
    }

    private static byte[] json(List<String[]> turns) {
        try {
            return JSON.writeValueAsBytes(turns.stream()
                    .map(t -> Map.of("speaker", t[0], "text", t[1]))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> wrapped(List<String[]> turns) {
        List<String> lines = new ArrayList<>();
        for (String[] turn : turns) {
            StringBuilder line = new StringBuilder(turn[0]).append(':');
            for (String word : turn[1].split(" ")) {
                if (line.length() + word.length() > 95) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
