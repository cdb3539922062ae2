package com.theogen.export;

import java.util.Objects;

/**
 * A verbatim quote that backs a claim, verified against its fragment.
 *
 * @param fragmentId id of the fragment the quote comes from
 * @param interviewLabel the interview, as the researcher knows it (label or participant pseudonym)
 * @param speaker who says it in the transcript; may be blank when the source has no speaker turns
 * @param text the quote, verbatim
 * @param charStart offset of the quote's first character in the interview's full text
 * @param charEnd offset just past the quote's last character
 * @param interviewId id of the interview, for links to its transcript; blank when unknown (fixtures)
 * @param fragmentOffset offset of the quote's first character in its fragment's text; -1 when unknown
 * @param startMs when the fragment starts in the recording (from .vtt/.srt or a transcription); null without
 *     times
 * @param endMs when the fragment ends in the recording; null without times
 */
public record EvidenceQuote(
        String fragmentId,
        String interviewLabel,
        String speaker,
        String text,
        int charStart,
        int charEnd,
        String interviewId,
        int fragmentOffset,
        Long startMs,
        Long endMs) {

    public EvidenceQuote {
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(interviewLabel, "interviewLabel");
        speaker = speaker == null ? "" : speaker;
        Objects.requireNonNull(text, "text");
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("invalid quote offsets " + charStart + ".." + charEnd);
        }
        interviewId = interviewId == null ? "" : interviewId;
        fragmentOffset = Math.max(-1, fragmentOffset);
    }

    /** A quote without a transcript location (no links, no times). */
    public EvidenceQuote(
            String fragmentId, String interviewLabel, String speaker, String text, int charStart, int charEnd) {
        this(fragmentId, interviewLabel, speaker, text, charStart, charEnd, "", -1, null, null);
    }

    /** Who said it, as a report credits it: "Marta", or "John (P1)" when the speaker label differs. */
    public String source() {
        if (speaker.isBlank() || speaker.equalsIgnoreCase(interviewLabel)) {
            return interviewLabel;
        }
        return interviewLabel + " (" + speaker + ")";
    }

    /** The first block of the fragment id: enough to find it in the workbook, which lists the full ids. */
    public String shortFragmentId() {
        int dash = fragmentId.indexOf('-');
        return dash > 0 ? fragmentId.substring(0, dash) : fragmentId;
    }

    /** Whether the quote knows its interview and place in its fragment, so a link can open it in the transcript. */
    public boolean locatable() {
        return !interviewId.isBlank() && fragmentOffset >= 0;
    }

    /** Where the fragment starts in the recording, as {@code 00:12:05}; blank when the source had no times. */
    public String time() {
        if (startMs == null) {
            return "";
        }
        long seconds = startMs / 1000;
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }
}
