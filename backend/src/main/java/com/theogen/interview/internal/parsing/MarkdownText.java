package com.theogen.interview.internal.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text, enough for transcripts: headings, emphasis, links, quotes, bullets, code fences,
 * rules and YAML front matter lose their markup so that {@code **Entrevistadora:** texto} reads (and is
 * segmented) as {@code Entrevistadora: texto}. Not a CommonMark renderer: tables and HTML blocks stay as text.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
    private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
    private static final Pattern RULE = Pattern.compile("^(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|=+)$");
    private static final Pattern FENCE = Pattern.compile("^(?:```|~~~).*$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}*_])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

    private MarkdownText() {}

    /** {@code normalized} must already be normalised; the result is normalised again. */
    static String toPlain(String normalized) {
        String[] lines = normalized.split("\n", -1);
        StringBuilder out = new StringBuilder(normalized.length());
        int first = frontMatterEnd(lines);
        for (int i = first; i < lines.length; i++) {
            out.append(plainLine(lines[i])).append('\n');
        }
        return TextNormalizer.normalize(out.toString());
    }

    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.length, 60); i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String plainLine(String line) {
        if (FENCE.matcher(line).matches() || RULE.matcher(line).matches()) {
            return "";
        }
        String text = line;
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
            text = heading.group(1);
        }
        text = QUOTE.matcher(text).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("");
        // Most transcript lines carry no inline markup: skip the regexes that cannot match.
        if (text.contains("<!--")) {
            text = COMMENT.matcher(text).replaceAll("");
        }
        if (text.indexOf('[') >= 0) {
            text = IMAGE_OR_LINK.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('`') >= 0) {
            text = CODE.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
            text = STRONG.matcher(text).replaceAll("$2");
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        return text.indexOf('\\') >= 0 ? ESCAPE.matcher(text).replaceAll("$1") : text;
    }
}
