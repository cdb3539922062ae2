package com.theogen.analyst;

import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.Objects;
import java.util.UUID;

/**
 * One speaker turn of an interview, as the analyst sees it.
 *
 * @param fragmentId the fragment's id; quotes point back to it
 * @param interviewId the interview the fragment belongs to (recurrence across interviews matters)
 * @param speaker the speaker label as transcribed (may be blank, never null); its words never become codes
 * @param interviewer true for the interviewer's turns: they are questions, not data, and are never coded
 * @param language the fragment's language, which picks the analyzer, stop-words and cue lexicon
 * @param text the fragment text; every quote offset is an index into exactly this string
 * @param spokenLanguage the language the interview is spoken in as stored for it (detected at ingest or set by a
 *     researcher, ADR 044): the analyst analyses the fragment in it and never detects again; {@link
 *     SpokenLanguage#UND} analyses it in {@code language}; {@code null} (not stored yet) lets the analyst detect it
 */
public record AnalystFragment(
        UUID fragmentId,
        UUID interviewId,
        String speaker,
        boolean interviewer,
        Language language,
        String text,
        SpokenLanguage spokenLanguage) {

    /** A fragment whose interview has no stored spoken language: the analyst detects it. */
    public AnalystFragment(
            UUID fragmentId, UUID interviewId, String speaker, boolean interviewer, Language language, String text) {
        this(fragmentId, interviewId, speaker, interviewer, language, text, null);
    }

    public AnalystFragment {
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        speaker = speaker == null ? "" : speaker;
    }
}
