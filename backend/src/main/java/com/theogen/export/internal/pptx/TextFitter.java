package com.theogen.export.internal.pptx;

import com.theogen.export.internal.LineWrapper;
import com.theogen.export.internal.ReportFonts;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures slide text with the bundled Liberation Sans (Arial's advance widths), so the renderer can split
 * lists across continuation slides before anything overflows. Boxes are filled to {@link #FILL} of their
 * height, leaving room for renderers whose line spacing is a little looser.
 */
final class TextFitter {

    static final double FILL = 0.92;

    private static final double LINE_HEIGHT = 1.2;
    private static final double WIDTH_SAFETY = 0.97;
    private static final double INSETS = SlideKit.INSET_TOP + SlideKit.INSET_BOTTOM;
    private static final double INSETS_X = SlideKit.INSET_LEFT + SlideKit.INSET_RIGHT;

    private final FontRenderContext frc = new FontRenderContext(null, true, true);
    private final Map<Measure, Double> measured = new HashMap<>();

    /** Height the paragraphs need in a box of {@code width}, insets included. */
    double height(List<Para> paragraphs, double width) {
        return measured.computeIfAbsent(new Measure(List.copyOf(paragraphs), width), this::layout);
    }

    private record Measure(List<Para> paragraphs, double width) {}

    /**
     * Greedy word wrap with the bundled font's Java2D metrics, deliberately a little pessimistic (narrower
     * lines, 1.2 em line height, space before every paragraph) so that PowerPoint, LibreOffice and POI,
     * whose line breaking differs in details, all fit the text in the box.
     */
    private double layout(Measure measure) {
        double height = INSETS;
        for (Para para : measure.paragraphs()) {
            java.awt.Font font = ReportFonts.awt(style(para), (float) para.size());
            double textWidth = (measure.width() - INSETS_X - SlideKit.leftMargin(para)) * WIDTH_SAFETY;
            int lines = LineWrapper.wrap(para.text(), textWidth, s -> font.getStringBounds(s, frc)
                            .getWidth())
                    .size();
            height += para.spaceBefore() + lines * para.size() * LINE_HEIGHT;
        }
        return height;
    }

    private static ReportFonts.Style style(Para para) {
        if (para.boldFace()) {
            return para.italicFace() ? ReportFonts.Style.BOLD_ITALIC : ReportFonts.Style.BOLD;
        }
        return para.italicFace() ? ReportFonts.Style.ITALIC : ReportFonts.Style.REGULAR;
    }

    boolean fits(List<Para> paragraphs, double width, double height) {
        return height(paragraphs, width) <= height * FILL;
    }

    /**
     * Splits items (each a group of paragraphs that belong together) into pages that each fit the box.
     * An item too tall for an empty page is shortened word by word at its end, with an ellipsis.
     */
    List<List<Para>> paginate(List<List<Para>> items, double width, double height) {
        List<List<Para>> pages = new ArrayList<>();
        for (int[] range : ranges(items, width, height)) {
            pages.add(
                    range[1] - range[0] == 1
                            ? shorten(items.get(range[0]), width, height)
                            : concat(items, range[0], range[1]));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /**
     * The items of each page as {@code [from, to)} ranges. Pages are balanced: as few pages as greedy filling
     * needs, but each filled to about the same height, so a list never ends on a one-item slide after full ones.
     */
    List<int[]> ranges(List<List<Para>> items, double width, double height) {
        double[] heights =
                items.stream().mapToDouble(i -> height(i, width) - INSETS).toArray();
        double capacity = height * FILL;
        List<int[]> greedy = fill(items, heights, width, height, capacity);
        if (greedy.size() < 2) {
            return greedy;
        }
        double total = java.util.Arrays.stream(heights).sum();
        for (double limit = total / greedy.size(); limit < capacity; limit += capacity * 0.04) {
            List<int[]> balanced = fill(items, heights, width, height, limit);
            if (balanced.size() <= greedy.size()) {
                return balanced;
            }
        }
        return greedy;
    }

    private List<int[]> fill(List<List<Para>> items, double[] heights, double width, double height, double limit) {
        List<int[]> ranges = new ArrayList<>();
        int next = 0;
        while (next < items.size()) {
            int end = next;
            double used = INSETS;
            while (end < items.size() && (end == next || used + heights[end] <= limit)) {
                used += heights[end];
                end++;
            }
            while (end - next > 1 && !fits(concat(items, next, end), width, height)) {
                end--;
            }
            ranges.add(new int[] {next, end});
            next = end;
        }
        return ranges;
    }

    private static List<Para> concat(List<List<Para>> items, int from, int to) {
        List<Para> all = new ArrayList<>();
        items.subList(from, to).forEach(all::addAll);
        return all;
    }

    /**
     * The item itself if it fits; otherwise its last paragraph is cut to the most words that fit (binary
     * search), ending in an ellipsis, dropping paragraphs that cannot keep a single word.
     */
    List<Para> shorten(List<Para> item, double width, double height) {
        List<Para> result = new ArrayList<>(item);
        while (!result.isEmpty() && !fits(result, width, height)) {
            Para last = result.remove(result.size() - 1);
            String[] words = last.text().split(" ");
            int lo = 0;
            int hi = words.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                result.add(last.text(cut(words, mid)));
                boolean fits = fits(result, width, height);
                result.remove(result.size() - 1);
                if (fits) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            if (lo > 0) {
                result.add(last.text(cut(words, lo)));
                break;
            }
        }
        return result;
    }

    private static String cut(String[] words, int count) {
        return String.join(" ", java.util.Arrays.copyOf(words, count)).stripTrailing() + "…";
    }
}
