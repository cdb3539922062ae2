package com.theogen.interview;

/**
 * An interview with its full text.
 *
 * <p>{@code fullText} is the normalised transcript, the text every fragment offset points into: Unicode NFC;
 * line ends are LF; no control characters other than LF; every run of spaces, tabs or non-breaking spaces
 * inside a line is one U+0020; lines carry no leading or trailing spaces; paragraphs are separated by at most
 * one empty line; no leading or trailing empty lines. Text formats (txt, md, docx, pdf) keep their own words
 * and line structure (Markdown markup removed); cue and turn formats (vtt, srt, json) are rendered one turn per
 * paragraph as {@code "Speaker: text"} (just {@code text} without a speaker), turns separated by an empty line.
 * Offsets count UTF-16 code units, like {@link String#substring(int, int)}.
 */
public record InterviewDetail(InterviewSummary summary, String fullText) {}
