package com.theogen.llm.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON value in a model's reply: strips control characters and code fences, skips prose before and
 * after the value, and repairs a reply cut off mid-value where that is safe. Repair never invents content: it
 * cuts back to the last complete array element (or, outside arrays, the last complete member) and closes the
 * open brackets, so an unfinished item is dropped whole rather than guessed or kept half-written.
 */
final class TolerantJson {

    /** @param truncated whether the value was cut off and closed by the repair */
    record Extracted(String json, boolean truncated) {}

    private static final int MAX_CANDIDATES = 5;
    private static final Pattern FENCE =
            Pattern.compile("```[a-zA-Z0-9_-]*[ \\t]*\\n?(.*?)(?:```|\\z)", Pattern.DOTALL);

    private TolerantJson() {}

    /**
     * Candidate JSON values in reading order, one per opening bracket (at most {@value #MAX_CANDIDATES}): prose
     * such as "the result {as requested}:" before the real value yields a candidate that does not parse, and the
     * caller takes the first that does.
     */
    static List<Extracted> candidates(String reply) {
        if (reply == null) {
            return List.of();
        }
        String text = unfence(clean(reply));
        List<Extracted> candidates = new ArrayList<>();
        int start = firstOpening(text, 0);
        while (start >= 0 && candidates.size() < MAX_CANDIDATES) {
            new Scanner(text, start).scan().ifPresent(candidates::add);
            start = firstOpening(text, start + 1);
        }
        return candidates;
    }

    /** Control characters other than tab and line breaks are never meaningful in a reply; a BOM neither. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unfence(String text) {
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (firstOpening(fence.group(1), 0) >= 0) {
                return fence.group(1);
            }
        }
        return text;
    }

    private static int firstOpening(String text, int from) {
        int object = text.indexOf('{', from);
        return object >= 0 ? object : text.indexOf('[', from);
    }

    private enum Expect {
        KEY,
        COLON,
        VALUE,
        AFTER
    }

    private static final class Frame {
        final boolean array;
        Expect expect;

        Frame(boolean array) {
            this.array = array;
            this.expect = array ? Expect.VALUE : Expect.KEY;
        }
    }

    /** A single pass over the text tracking containers, strings and the last place the value could be cut. */
    private static final class Scanner {
        private final String text;
        private final int start;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private int safeCut = -1;
        private String safeClosers = "";

        Scanner(String text, int start) {
            this.text = text;
            this.start = start;
        }

        Optional<Extracted> scan() {
            int i = start;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"') {
                    int end = stringEnd(i);
                    if (end < 0) {
                        break;
                    }
                    onString(end + 1);
                    i = end + 1;
                } else if (c == '{' || c == '[') {
                    open(c == '[', i + 1);
                    i++;
                } else if (c == '}' || c == ']') {
                    if (stack.isEmpty() || stack.peek().array != (c == ']')) {
                        return lenientFallback();
                    }
                    stack.pop();
                    if (stack.isEmpty()) {
                        return Optional.of(new Extracted(text.substring(start, i + 1), false));
                    }
                    completeValue(i + 1);
                    i++;
                } else if (c == ':') {
                    if (!stack.isEmpty() && stack.peek().expect == Expect.COLON) {
                        stack.peek().expect = Expect.VALUE;
                    }
                    i++;
                } else if (c == ',') {
                    if (!stack.isEmpty()) {
                        stack.peek().expect = stack.peek().array ? Expect.VALUE : Expect.KEY;
                    }
                    i++;
                } else {
                    int end = literalEnd(i);
                    if (end >= text.length()) {
                        break;
                    }
                    completeValue(end);
                    i = end;
                }
            }
            return truncatedRepair();
        }

        private void open(boolean array, int after) {
            stack.push(new Frame(array));
            if (array) {
                markSafe(after);
            }
        }

        private void onString(int after) {
            if (stack.isEmpty()) {
                return;
            }
            Frame top = stack.peek();
            if (!top.array && top.expect == Expect.KEY) {
                top.expect = Expect.COLON;
            } else {
                completeValue(after);
            }
        }

        private void completeValue(int after) {
            Frame top = stack.peek();
            top.expect = Expect.AFTER;
            markSafe(after);
        }

        /**
         * Cutting here closes every open container. Closing an array early only loses elements; closing an object
         * inside an array would keep a half-written element, so such points are not safe: the cut then falls back
         * to an earlier point and the whole unfinished element is dropped.
         */
        private void markSafe(int after) {
            boolean inArray = false;
            for (Iterator<Frame> bottomUp = stack.descendingIterator(); bottomUp.hasNext(); ) {
                Frame frame = bottomUp.next();
                if (frame.array) {
                    inArray = true;
                } else if (inArray) {
                    return;
                }
            }
            safeCut = after;
            StringBuilder closers = new StringBuilder();
            for (Frame frame : stack) {
                closers.append(frame.array ? ']' : '}');
            }
            safeClosers = closers.toString();
        }

        private int stringEnd(int open) {
            for (int i = open + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i;
                }
            }
            return -1;
        }

        private int literalEnd(int from) {
            int i = from;
            while (i < text.length() && ",]}: \t\r\n".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            return i;
        }

        private Optional<Extracted> truncatedRepair() {
            if (safeCut < 0) {
                return Optional.empty();
            }
            String kept = text.substring(start, safeCut).stripTrailing();
            if (kept.endsWith(",")) {
                kept = kept.substring(0, kept.length() - 1);
            }
            return Optional.of(new Extracted(kept + safeClosers, true));
        }

        /** Unbalanced brackets: hand the widest candidate to the parser, which reports what is wrong. */
        private Optional<Extracted> lenientFallback() {
            int end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
            return Optional.of(
                    new Extracted(end > start ? text.substring(start, end + 1) : text.substring(start), false));
        }
    }
}
