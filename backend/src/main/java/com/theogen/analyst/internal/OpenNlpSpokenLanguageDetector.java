package com.theogen.analyst.internal;

import com.theogen.analyst.SpokenLanguageDetector;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** {@link SpokenLanguageDetector} over {@link InterviewLanguages}: the analyst's own detector and rules. */
@Component
class OpenNlpSpokenLanguageDetector implements SpokenLanguageDetector {

    @Override
    public SpokenLanguage detect(String text, Language declared) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declared, "declared");
        String judged =
                text.length() > InterviewLanguages.MAX_CHARS ? text.substring(0, InterviewLanguages.MAX_CHARS) : text;
        return InterviewLanguages.spoken(judged, Tongue.of(declared));
    }
}
