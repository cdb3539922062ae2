package com.theogen.analyst;

import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;

/**
 * Detects the language an interview is spoken in, with the same detector and rules the offline analyst uses
 * (ADR 037, ADR 044), so that the interview module can detect once at ingest and store the answer.
 */
public interface SpokenLanguageDetector {

    /**
     * The language of an interview's text (its first 4,000 characters are judged).
     *
     * @param text the participants' turns (or the whole transcript when the speakers are unknown); never null
     * @param declared the language the interview was uploaded in; kept unless another analysable language is at
     *     least twice as likely
     * @return {@link SpokenLanguage#UND} when the text has too few letters to judge; never null. Deterministic; the
     *     first call loads the detection model (about 10 MB)
     */
    SpokenLanguage detect(String text, Language declared);
}
