package com.theogen.interview.internal;

import com.theogen.interview.TextSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Word search that ignores case and accents ({@code politica} finds {@code Política}). A text matches when it
 * contains every term; highlights mark every occurrence of every term, merged where they overlap.
 */
final class TextSearch {

    private final List<String> terms;

    TextSearch(String query) {
        this.terms = Arrays.stream(fold(query).text.split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Highlights in {@code text}, or {@code null} when some term is missing. */
    List<TextSpan> match(String text) {
        Folded folded = fold(text);
        List<TextSpan> spans = new ArrayList<>();
        for (String term : terms) {
            int at = folded.text.indexOf(term);
            if (at < 0) {
                return null;
            }
            while (at >= 0) {
                int end = at + term.length();
                spans.add(new TextSpan(folded.origin[at], folded.origin[end - 1] + folded.width[end - 1]));
                at = folded.text.indexOf(term, end);
            }
        }
        return merge(spans);
    }

    private static List<TextSpan> merge(List<TextSpan> spans) {
        spans.sort(Comparator.comparingInt(TextSpan::start));
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan span : spans) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The folded text and, per folded char, the original index and length of the character it came from. */
    private record Folded(String text, int[] origin, int[] width) {}

    private static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        int[] width = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int chars = Character.charCount(codePoint);
            String base = codePoint < 0x80
                    ? String.valueOf((char) Character.toLowerCase(codePoint))
                    : Normalizer.normalize(text.substring(i, i + chars), Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "")
                            .toLowerCase(Locale.ROOT);
            for (int k = 0; k < base.length(); k++) {
                if (out.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                    width = Arrays.copyOf(width, width.length * 2);
                }
                origin[out.length()] = i;
                width[out.length()] = chars;
                out.append(base.charAt(k));
            }
            i += chars;
        }
        return new Folded(out.toString(), origin, width);
    }
}
