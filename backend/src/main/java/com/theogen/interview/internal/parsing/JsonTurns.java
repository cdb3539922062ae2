package com.theogen.interview.internal.parsing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.interview.UploadError;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON transcript: a list of turns {@code {"speaker": "Ana", "text": "…", "start": 12.5, "end": 20}} (or an
 * object whose {@code turns} member is that list). {@code speaker}, {@code start} and {@code end} are optional;
 * times are seconds (numbers) or {@code [hh:]mm:ss[.mmm]} strings. Each turn stays a turn; other members are
 * ignored.
 */
final class JsonTurns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonTurns() {}

    static List<RawTurn> parse(String text, String filename) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw UploadError.CORRUPT_FILE.exception(filename, "the file is not valid JSON" + where);
        }
        if (root != null && root.isObject() && root.has("turns")) {
            root = root.get("turns");
        }
        if (root == null || !root.isArray()) {
            throw invalid(filename, "expected a list of turns like [{\"speaker\": \"…\", \"text\": \"…\"}]");
        }
        List<RawTurn> turns = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            turns.add(turn(root.get(i), i + 1, filename));
        }
        return turns;
    }

    private static RawTurn turn(JsonNode node, int number, String filename) {
        if (!node.isObject()) {
            throw invalid(filename, "turn " + number + " is not an object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw invalid(filename, "turn " + number + " has no \"text\" string");
        }
        JsonNode speaker = node.get("speaker");
        if (speaker != null && !speaker.isNull() && !speaker.isTextual()) {
            throw invalid(filename, "turn " + number + ": \"speaker\" must be a string");
        }
        Long start = millis(node.get("start"), "start", number, filename);
        Long end = millis(node.get("end"), "end", number, filename);
        if (start != null && end != null && end < start) {
            throw invalid(filename, "turn " + number + " ends before it starts");
        }
        String name = speaker == null || speaker.isNull() ? null : speaker.asText();
        return new RawTurn(name, List.of(new RawTurn.Segment(text.asText(), start, end)));
    }

    private static Long millis(JsonNode value, String field, int number, String filename) {
        if (value == null || value.isNull()) {
            return null;
        }
        long ms;
        if (value.isNumber()) {
            ms = Math.round(value.asDouble() * 1000);
        } else if (value.isTextual() && value.asText().matches("(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?")) {
            ms = Timestamps.parseMillis(value.asText());
        } else {
            throw invalid(filename, "turn " + number + ": \"" + field + "\" must be seconds or hh:mm:ss.mmm");
        }
        if (ms < 0) {
            throw invalid(filename, "turn " + number + ": \"" + field + "\" is negative");
        }
        return ms;
    }

    private static RuntimeException invalid(String filename, String reason) {
        return UploadError.INVALID_TRANSCRIPT.exception(filename, reason);
    }
}
