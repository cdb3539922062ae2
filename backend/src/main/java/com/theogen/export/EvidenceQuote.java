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
 */
public record EvidenceQuote(
        String fragmentId, String interviewLabel, String speaker, String text, int charStart, int charEnd) {

    public EvidenceQuote {
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(interviewLabel, "interviewLabel");
        speaker = speaker == null ? "" : speaker;
        Objects.requireNonNull(text, "text");
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("invalid quote offsets " + charStart + ".." + charEnd);
        }
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
}
