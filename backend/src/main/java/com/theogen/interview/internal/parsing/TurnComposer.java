package com.theogen.interview.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders turns from cue and turn formats into a full text, one turn per paragraph ({@code "Speaker: text"},
 * or the text alone without a speaker), and records where each turn and each timed segment landed. The result is
 * already normalised, so offsets are final.
 */
final class TurnComposer {

    private TurnComposer() {}

    static Segmented compose(List<RawTurn> rawTurns) {
        StringBuilder text = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        for (RawTurn raw : rawTurns) {
            List<RawTurn.Segment> segments = new ArrayList<>();
            for (RawTurn.Segment segment : raw.segments()) {
                String normalized = TextNormalizer.normalize(segment.text());
                if (!normalized.isEmpty()) {
                    segments.add(new RawTurn.Segment(normalized, segment.startMs(), segment.endMs()));
                }
            }
            if (segments.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            String speaker = raw.speaker() == null ? "" : TextNormalizer.singleLine(raw.speaker());
            if (!speaker.isEmpty()) {
                text.append(speaker).append(": ");
            }
            int start = text.length();
            List<Turn.TimedSpan> timings = new ArrayList<>();
            for (RawTurn.Segment segment : segments) {
                if (text.length() > start) {
                    text.append(' ');
                }
                int segmentStart = text.length();
                text.append(segment.text());
                if (segment.startMs() != null || segment.endMs() != null) {
                    timings.add(new Turn.TimedSpan(segmentStart, text.length(), segment.startMs(), segment.endMs()));
                }
            }
            turns.add(new Turn(speaker.isEmpty() ? null : speaker, start, text.length(), List.copyOf(timings)));
        }
        return new Segmented(text.toString(), turns);
    }
}
