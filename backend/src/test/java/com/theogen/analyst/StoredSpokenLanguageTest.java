package com.theogen.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.internal.KeyPhraseOpenCoder;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ADR 044: the language stored for an interview (detected at ingest or set by a researcher) is the language the
 * analyst analyses it in; it detects only interviews that have none stored yet.
 */
class StoredSpokenLanguageTest {

    private final OfflineOpenCoder coder = new KeyPhraseOpenCoder();

    private static final List<String> ENGLISH = List.of(
            "I: How do you organise the care of your father?",
            "My father moved in with us last winter, and since then I work from home three days a week.",
            "The night shifts at the hospital were impossible with him at home, so I asked my manager to change.",
            "My sister helps on Sundays, but she lives far away and the train is expensive.");

    private static List<AnalystFragment> storedAs(SpokenLanguage stored, Language declared) {
        return Corpora.interviews(declared, Map.of("Paul", ENGLISH)).stream()
                .map(f -> new AnalystFragment(
                        f.fragmentId(), f.interviewId(), f.speaker(), f.interviewer(), f.language(), f.text(), stored))
                .toList();
    }

    private String analysedIn(List<AnalystFragment> fragments) {
        OpenCodingResult result = coder.code(new OpenCodingRequest(Language.EN, fragments, List.of(), List.of()));
        return result.interviewLanguages().get(SyntheticCorpus.uuid("interview:Paul"));
    }

    @Test
    void aStoredLanguageWinsOverWhatTheTextLooksLike() {
        assertThat(analysedIn(storedAs(SpokenLanguage.FR, Language.EN))).isEqualTo("fr");
        assertThat(analysedIn(storedAs(SpokenLanguage.DE, Language.ES))).isEqualTo("de");
    }

    @Test
    void anUndeterminedInterviewIsAnalysedInItsDeclaredLanguageWithoutDetection() {
        // declared Spanish, plainly English text: detection would say English; "und" means "do not detect"
        assertThat(analysedIn(storedAs(SpokenLanguage.UND, Language.ES))).isEqualTo("es");
    }

    @Test
    void anInterviewWithoutAStoredLanguageIsStillDetected() {
        assertThat(analysedIn(storedAs(null, Language.ES))).isEqualTo("en");
    }
}
