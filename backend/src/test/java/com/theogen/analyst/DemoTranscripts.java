package com.theogen.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only loader of the demo project (8 interviews about working family caregivers, on the classpath
 * under {@code theogen/demo/}). It splits each transcript into speaker turns just well enough to feed the
 * analyst; it is not the production parser (that lives in the interview module).
 */
final class DemoTranscripts {

    private static final String ROOT = "/theogen/demo/";
    private static final Pattern INTERVIEWER = Pattern.compile("(?i)(interviewer.*|entrevistador.*|e|i)");
    private static final Pattern LINE_LABEL =
            Pattern.compile("^(?:\\*\\*)?([\\p{L}][\\p{L}\\p{N} ]{0,24}):(?:\\*\\*)?\\s*(.*)$");
    private static final Pattern VTT_VOICE = Pattern.compile("^<v ([^>]+)>(.*)$");

    record Interview(UUID id, String participant, Language language, List<AnalystFragment> fragments) {}

    private DemoTranscripts() {}

    static List<Interview> load() {
        JsonNode project = json("demo-project.json");
        List<Interview> interviews = new ArrayList<>();
        for (JsonNode entry : project.get("interviews")) {
            String file = entry.get("file").asText();
            Language language = Language.fromCode(entry.get("language").asText());
            UUID id = UUID.nameUUIDFromBytes(file.getBytes(StandardCharsets.UTF_8));
            List<String[]> turns =
                    switch (entry.get("format").asText()) {
                        case "json" -> jsonTurns(json(file));
                        case "vtt" -> cueTurns(text(file), true);
                        case "srt" -> cueTurns(text(file), false);
                        default -> labelledTurns(text(file));
                    };
            List<AnalystFragment> fragments = new ArrayList<>();
            for (String[] turn : turns) {
                UUID fragmentId =
                        UUID.nameUUIDFromBytes((file + "#" + fragments.size()).getBytes(StandardCharsets.UTF_8));
                boolean interviewer = INTERVIEWER.matcher(turn[0].trim()).matches();
                fragments.add(new AnalystFragment(fragmentId, id, turn[0], interviewer, language, turn[1]));
            }
            interviews.add(new Interview(id, entry.get("participant").asText(), language, fragments));
        }
        return interviews;
    }

    static List<AnalystFragment> fragments(List<Interview> interviews) {
        return interviews.stream().flatMap(i -> i.fragments().stream()).toList();
    }

    /** "Name: text" or "**Name:** text" paragraphs; a label must recur to count (so "Health:" inside a turn is text). */
    private static List<String[]> labelledTurns(String text) {
        Map<String, Integer> labelCounts = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE_LABEL.matcher(line.trim());
            if (m.matches()) {
                labelCounts.merge(m.group(1), 1, Integer::sum);
            }
        }
        List<String[]> turns = new ArrayList<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            String trimmed = paragraph.trim();
            Matcher m = LINE_LABEL.matcher(trimmed);
            if (m.matches() && labelCounts.get(m.group(1)) >= 2) {
                turns.add(new String[] {m.group(1), m.group(2)});
            } else if (!turns.isEmpty() && !trimmed.isEmpty() && !trimmed.startsWith("-") && !trimmed.startsWith("#")) {
                String[] last = turns.get(turns.size() - 1);
                last[1] = last[1] + "\n\n" + trimmed;
            }
        }
        return turns;
    }

    /** WebVTT ({@code <v Name>text}) or SRT ({@code Name: text}) cues; consecutive cues of a speaker are one turn. */
    private static List<String[]> cueTurns(String text, boolean vtt) {
        List<String[]> turns = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = (vtt ? VTT_VOICE : LINE_LABEL).matcher(line.trim());
            if (line.contains("-->") || !m.matches()) {
                continue;
            }
            String speaker = m.group(1).trim();
            String said = m.group(2).trim();
            if (!turns.isEmpty() && turns.get(turns.size() - 1)[0].equals(speaker)) {
                String[] last = turns.get(turns.size() - 1);
                last[1] = last[1] + " " + said;
            } else {
                turns.add(new String[] {speaker, said});
            }
        }
        return turns;
    }

    private static List<String[]> jsonTurns(JsonNode array) {
        List<String[]> turns = new ArrayList<>();
        array.forEach(n ->
                turns.add(new String[] {n.get("speaker").asText(), n.get("text").asText()}));
        return turns;
    }

    private static String text(String file) {
        try (InputStream in = DemoTranscripts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("demo transcript missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String file) {
        try {
            return new ObjectMapper().readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
