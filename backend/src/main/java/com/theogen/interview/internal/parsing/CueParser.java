package com.theogen.interview.internal.parsing;

import com.theogen.interview.UploadError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT and SubRip subtitles to turns. The speaker of a cue comes from a WebVTT voice tag
 * ({@code <v Ana>…</v>}) or from a speaker label at the start of the cue text; consecutive cues of the same
 * speaker form one turn, keeping each cue's times. Styling tags, ASS overrides and entities are removed.
 */
final class CueParser {

    private static final String TIME = "(?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("^\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:(amp|lt|gt|nbsp|quot|apos|lrm|rlm)|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "nbsp", " ", "quot", "\"", "apos", "'", "lrm", "", "rlm", "");

    private CueParser() {}

    private record Cue(String speaker, String text, long startMs, long endMs) {}

    static List<RawTurn> vtt(String normalized, String filename) {
        return parse(normalized, filename, true);
    }

    static List<RawTurn> srt(String normalized, String filename) {
        return parse(normalized, filename, false);
    }

    private static List<RawTurn> parse(String normalized, String filename, boolean vtt) {
        List<Cue> cues = new ArrayList<>();
        for (String block : normalized.split("\n\n")) {
            cue(block, vtt).ifPresent(cues::add);
        }
        if (cues.isEmpty()) {
            throw UploadError.INVALID_TRANSCRIPT.exception(
                    filename, "no subtitle cues with text were found (expected 'hh:mm:ss.mmm --> hh:mm:ss.mmm' lines)");
        }
        return turns(labelled(cues));
    }

    private static Optional<Cue> cue(String block, boolean vtt) {
        String[] lines = block.split("\n");
        if (vtt
                && (lines[0].startsWith("WEBVTT")
                        || lines[0].startsWith("NOTE")
                        || lines[0].startsWith("STYLE")
                        || lines[0].startsWith("REGION"))) {
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(lines.length, 2); i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (timing.find()) {
                String payload = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                String speaker = null;
                Matcher voice = VOICE.matcher(payload);
                if (vtt && voice.find()) {
                    speaker = voice.group(1).strip();
                }
                String text =
                        TextNormalizer.singleLine(entities(TAG.matcher(payload).replaceAll("")));
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                long start = Timestamps.parseMillis(timing.group(1));
                long end = Math.max(start, Timestamps.parseMillis(timing.group(2)));
                return Optional.of(new Cue(speaker, text, start, end));
            }
        }
        return Optional.empty();
    }

    /** Cues without a voice tag take their speaker from an accepted label at the start of the text. */
    private static List<Cue> labelled(List<Cue> cues) {
        Map<Integer, SpeakerLabels.Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.speaker() == null) {
                int index = i;
                SpeakerLabels.candidate(cue.text(), 0, cue.text().length()).ifPresent(c -> candidates.put(index, c));
            }
        }
        Set<String> accepted = SpeakerLabels.accepted(new ArrayList<>(candidates.values()));
        List<Cue> result = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            SpeakerLabels.Candidate c = candidates.get(i);
            if (c != null
                    && accepted.contains(c.key())
                    && c.textStart() < cue.text().length()) {
                result.add(new Cue(c.label(), cue.text().substring(c.textStart()), cue.startMs(), cue.endMs()));
            } else {
                result.add(cue);
            }
        }
        return result;
    }

    private static List<RawTurn> turns(List<Cue> cues) {
        List<RawTurn> turns = new ArrayList<>();
        String currentKey = null;
        String currentSpeaker = null;
        List<RawTurn.Segment> segments = new ArrayList<>();
        for (Cue cue : cues) {
            String key = cue.speaker() == null ? null : SpeakerLabels.key(cue.speaker());
            if (!segments.isEmpty() && !java.util.Objects.equals(key, currentKey)) {
                turns.add(new RawTurn(currentSpeaker, segments));
                segments = new ArrayList<>();
            }
            if (segments.isEmpty()) {
                currentKey = key;
                currentSpeaker = cue.speaker();
            }
            segments.add(new RawTurn.Segment(cue.text(), cue.startMs(), cue.endMs()));
        }
        turns.add(new RawTurn(currentSpeaker, segments));
        return turns;
    }

    private static String entities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            String replacement;
            if (entity.group(1) != null) {
                replacement = NAMED.get(entity.group(1));
            } else {
                int code = entity.group(2) != null
                        ? Integer.parseInt(entity.group(2))
                        : Integer.parseInt(entity.group(3), 16);
                replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
