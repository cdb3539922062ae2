package com.theogen.interview.internal.parsing;

import java.text.Normalizer;

/**
 * Produces the normalised text defined on {@link com.theogen.interview.InterviewDetail}: NFC, LF line ends, no
 * control or invisible characters, no unpaired surrogates, single spaces inside lines, no spaces at line ends, at most one empty line
 * between paragraphs, nothing blank at either end. Idempotent.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(String raw) {
        String mapped = Normalizer.normalize(mapCharacters(raw), Normalizer.Form.NFC);
        return tidyLines(mapped);
    }

    /** Normalises text that must stay on one line (a speaker name): line breaks become spaces. */
    static String singleLine(String raw) {
        return normalize(raw).replace("\n\n", " ").replace('\n', ' ');
    }

    private static String mapCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isLineBreak(c)) {
                out.append('\n');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < raw.length()
                        && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    out.append(c).append(raw.charAt(++i));
                }
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!isInvisible(c) && !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }

    /** Zero-width characters, BOM, soft hyphen and bidi controls: invisible, and they break search and quotes. */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2069')
                || c == '\uFEFF'
                || c == '\u00AD';
    }

    private static String tidyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int pendingBreaks = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = collapseSpaces(text, lineStart, lineEnd);
            if (line.isEmpty()) {
                pendingBreaks++;
            } else {
                if (out.length() > 0) {
                    out.append(pendingBreaks > 1 ? "\n\n" : "\n");
                }
                out.append(line);
                pendingBreaks = 1;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static String collapseSpaces(String text, int from, int to) {
        StringBuilder line = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }
}
