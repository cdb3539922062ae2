package com.theogen.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Greedy word wrapping against any font metric, shared by the PDF, slide and image renderers so text is
 * broken the same way everywhere. Explicit line breaks are kept; a word wider than the line is split
 * between characters rather than allowed to overflow.
 */
public final class LineWrapper {

    private LineWrapper() {}

    /**
     * @param text the text to wrap; runs of spaces collapse to one
     * @param maxWidth the width available, in the metric's unit
     * @param width the width of a string in the same unit
     * @return at least one line (an empty string for blank text)
     */
    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.trim().replaceAll("\\s+", " "), maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(
            String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth && rest.length() > 1) {
                int cut = fittingPrefix(rest, maxWidth, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        out.add(line.toString());
    }

    private static int fittingPrefix(String word, double maxWidth, ToDoubleFunction<String> width) {
        int cut = 1;
        while (cut < word.length() && width.applyAsDouble(word.substring(0, cut + 1)) <= maxWidth) {
            cut++;
        }
        return cut;
    }

    /**
     * Wraps and keeps at most {@code maxLines}, ending the last kept line with an ellipsis when text was
     * cut. Used where space is fixed (diagram boxes); full text always appears elsewhere in the export.
     */
    public static List<String> wrapAtMost(String text, double maxWidth, int maxLines, ToDoubleFunction<String> width) {
        if (maxLines < 1) {
            return List.of();
        }
        List<String> lines = wrap(text, maxWidth, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width.applyAsDouble(last + "…") > maxWidth) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + "…");
        return kept;
    }
}
