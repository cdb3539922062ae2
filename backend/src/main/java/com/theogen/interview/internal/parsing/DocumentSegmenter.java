package com.theogen.interview.internal.parsing;

import com.theogen.shared.TextSpans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a normalised document (txt, md, docx, pdf) into speaker turns. A turn starts at a line that begins
 * with an accepted speaker label and runs, across paragraphs, up to the next such line. Text before the first
 * label, and all text of a document without labels, forms unattributed turns, one per paragraph.
 */
final class DocumentSegmenter {

    private DocumentSegmenter() {}

    static Segmented segment(String text) {
        List<int[]> lines = lines(text);
        List<Optional<SpeakerLabels.Candidate>> candidates = new ArrayList<>(lines.size());
        List<SpeakerLabels.Candidate> found = new ArrayList<>();
        for (int[] line : lines) {
            Optional<SpeakerLabels.Candidate> candidate = SpeakerLabels.candidate(text, line[0], line[1]);
            candidates.add(candidate);
            candidate.ifPresent(found::add);
        }
        Set<String> accepted = SpeakerLabels.accepted(found);
        Map<String, String> spelling = new HashMap<>();

        List<Turn> turns = new ArrayList<>();
        Open open = null;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            Optional<SpeakerLabels.Candidate> label = candidates.get(i).filter(c -> accepted.contains(c.key()));
            if (label.isPresent()) {
                close(text, open, line[0], turns);
                SpeakerLabels.Candidate c = label.get();
                String speaker = spelling.computeIfAbsent(c.key(), k -> c.label());
                open = new Open(speaker, c.textStart(), c.startMs());
            } else if (line[0] == line[1]) {
                if (open != null && open.speaker == null) {
                    close(text, open, line[0], turns);
                    open = null;
                }
            } else if (open == null) {
                open = new Open(null, line[0], null);
            }
        }
        close(text, open, text.length(), turns);
        return new Segmented(text, turns);
    }

    private record Open(String speaker, int start, Long startMs) {}

    private static void close(String text, Open open, int end, List<Turn> turns) {
        if (open == null) {
            return;
        }
        int[] range = TextSpans.trim(text, open.start, end);
        if (range[0] < range[1]) {
            List<Turn.TimedSpan> timings = open.startMs == null
                    ? List.of()
                    : List.of(new Turn.TimedSpan(range[0], range[1], open.startMs, null));
            turns.add(new Turn(open.speaker, range[0], range[1], timings));
        }
    }

    /** [start, end) of every line, without the line feed. */
    static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
