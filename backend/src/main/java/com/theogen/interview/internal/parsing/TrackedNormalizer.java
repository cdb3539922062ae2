package com.theogen.interview.internal.parsing;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normalisation of {@link TextNormalizer}, keeping track of where each character of the result came from, so
 * that positions another tool recorded in the raw text (REFI-QDA selections) can be carried onto the stored full
 * text. Each stage records, for every UTF-16 unit it emits, the index of the input unit it came from; a unit made
 * of several inputs (NFC composition, a run of spaces collapsed to one) comes from the first of them.
 */
public final class TrackedNormalizer {

    private TrackedNormalizer() {}

    /**
     * A normalised text and, for each of its UTF-16 units, the raw index it came from (never decreasing).
     *
     * @param origin {@code origin[k]} is the raw index of {@code text.charAt(k)}
     */
    public record Tracked(String text, int[] origin) {}

    /**
     * Normalises {@code raw} exactly as {@link TextNormalizer#normalize(String)} does.
     *
     * @throws IllegalStateException in the (unexpected) case where the tracked result differs from the plain one
     */
    public static Tracked normalize(String raw) {
        Stage mapped = mapCharacters(raw);
        Stage composed = compose(mapped);
        Stage tidy = tidyLines(composed);
        int[] origin = new int[tidy.origin.length];
        for (int k = 0; k < origin.length; k++) {
            origin[k] = mapped.origin[composed.origin[tidy.origin[k]]];
        }
        String text = tidy.text.toString();
        if (!text.equals(TextNormalizer.normalize(raw))) {
            throw new IllegalStateException("tracked normalisation diverged from the plain one");
        }
        return new Tracked(text, origin);
    }

    private static final class Stage {
        final StringBuilder text;
        int[] origin;
        int size;

        Stage(int capacity) {
            text = new StringBuilder(capacity);
            origin = new int[Math.max(16, capacity)];
        }

        void add(char c, int from) {
            if (size == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            text.append(c);
            origin[size++] = from;
        }

        Stage done() {
            origin = Arrays.copyOf(origin, size);
            return this;
        }
    }

    private static Stage mapCharacters(String raw) {
        Stage out = new Stage(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.add('\n', i);
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (TextNormalizer.isLineBreak(c)) {
                out.add('\n', i);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < raw.length()
                        && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    out.add(c, i);
                    out.add(raw.charAt(i + 1), i);
                    i++;
                }
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                out.add(' ', i);
            } else if (!TextNormalizer.isInvisible(c) && !Character.isISOControl(c)) {
                out.add(c, i);
            }
        }
        return out.done();
    }

    /** NFC, one cluster (a base character and the marks that follow it) at a time. */
    private static Stage compose(Stage in) {
        String text = in.text.toString();
        Stage out = new Stage(text.length());
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            for (int i = 0; i < text.length(); i++) {
                out.add(text.charAt(i), i);
            }
            return out.done();
        }
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && continuesCluster(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String cluster = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC);
            for (int k = 0; k < cluster.length(); k++) {
                out.add(cluster.charAt(k), start);
            }
            start = end;
        }
        return out.done();
    }

    private static boolean continuesCluster(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (codePoint >= 0x1160 && codePoint <= 0x11FF)
                || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF);
    }

    /** Single spaces inside lines, no spaces at line ends, at most one empty line, nothing blank at either end. */
    private static Stage tidyLines(Stage in) {
        String text = in.text.toString();
        Stage out = new Stage(text.length());
        int pendingBreaks = 0;
        int breakOrigin = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int emittedBefore = out.size;
            boolean started = false;
            int space = -1;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    if (started && space < 0) {
                        space = i;
                    }
                    continue;
                }
                if (!started) {
                    if (out.size > 0) {
                        out.add('\n', breakOrigin);
                        if (pendingBreaks > 1) {
                            out.add('\n', breakOrigin);
                        }
                    }
                    started = true;
                } else if (space >= 0) {
                    out.add(' ', space);
                }
                space = -1;
                out.add(c, i);
            }
            if (out.size == emittedBefore) {
                pendingBreaks++;
            } else {
                pendingBreaks = 1;
                breakOrigin = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        return out.done();
    }
}
