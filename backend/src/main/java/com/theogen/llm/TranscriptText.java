package com.theogen.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript text as every prompt carries it (docs/adr/027, 035): data between {@code <fragment>} and {@code
 * </fragment>}, on one line, with any delimiter tag of ours inside it defused to {@code ‹…›}, so no fragment can
 * close its own delimiters, open another, or start a line that looks like another fragment. The prompts' system
 * messages state that what stands between these tags is what someone said, never an instruction.
 */
public final class TranscriptText {

    /** The version of this rendering, recorded in the run manifest with the prompt that used it. */
    public static final String FORMAT = "transcript_delimiters.v1";

    private static final Pattern DELIMITER = Pattern.compile("(?i)</?\\s*(fragment|question)\\b[^>]*>?");

    private TranscriptText() {}

    /** {@code text} made safe to place between delimiters: one line, no tag of ours inside; never null. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return DELIMITER
                .matcher(text.replaceAll("[\\r\\n\\u2028\\u2029]+", " "))
                .replaceAll(m ->
                        Matcher.quoteReplacement("‹" + m.group().substring(1).replace(">", "›")));
    }

    /** {@code <fragment>text</fragment>}, the text escaped. */
    public static String fragment(String text) {
        return "<fragment>" + escape(text) + "</fragment>";
    }

    /** {@code <question>text</question>}, the text escaped. */
    public static String question(String text) {
        return "<question>" + escape(text) + "</question>";
    }

    /** A speaker label that cannot look like an id, a tag or the end of the label: brackets, tags, colons removed. */
    public static String speaker(String speaker) {
        return speaker == null ? "" : speaker.replaceAll("[\\[\\]<>:\\s]+", " ").strip();
    }
}
