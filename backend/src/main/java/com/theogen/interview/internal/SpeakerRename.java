package com.theogen.interview.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Renames a speaker label in a full text. A turn's label is written as {@code "Label: "} at the start of a line,
 * right before the turn's first fragment; each such label of the old name is replaced, and every offset after it
 * moves by the difference in length. Text inside fragments never changes, so quotes stay verbatim. A transcript
 * whose labels were written differently (a .docx with {@code MARTA -}) keeps its text; only the fragments' speaker
 * changes.
 */
final class SpeakerRename {

    private SpeakerRename() {}

    /** A fragment's speaker and offsets, in transcript order. */
    record Span(String speaker, int start, int end) {}

    record Result(String fullText, List<Span> spans) {}

    static Result rename(String fullText, List<Span> spans, String from, String to) {
        String oldLabel = from + ": ";
        String newLabel = to + ": ";
        List<Integer> replaced = new ArrayList<>();
        for (Span span : spans) {
            int at = span.start() - oldLabel.length();
            if (from.equals(span.speaker())
                    && at >= 0
                    && fullText.startsWith(oldLabel, at)
                    && (at == 0 || fullText.charAt(at - 1) == '\n')) {
                replaced.add(at);
            }
        }
        StringBuilder text = new StringBuilder(fullText.length());
        int copied = 0;
        for (int at : replaced) {
            text.append(fullText, copied, at).append(newLabel);
            copied = at + oldLabel.length();
        }
        text.append(fullText, copied, fullText.length());
        int delta = newLabel.length() - oldLabel.length();
        List<Span> moved = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int shift = delta * countBefore(replaced, span.start());
            moved.add(new Span(
                    from.equals(span.speaker()) ? to : span.speaker(), span.start() + shift, span.end() + shift));
        }
        return new Result(text.toString(), moved);
    }

    private static int countBefore(List<Integer> positions, int offset) {
        int count = 0;
        for (int position : positions) {
            if (position < offset) {
                count++;
            }
        }
        return count;
    }
}
