package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.SpokenLanguageDetector;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import org.junit.jupiter.api.Test;

/** ADR 044: what the interview module stores at ingest, from the analyst's own detector. */
class OpenNlpSpokenLanguageDetectorTest {

    private final SpokenLanguageDetector detector = new OpenNlpSpokenLanguageDetector();

    private static final String ENGLISH = "My father moved in with us last winter, and since then I work from home "
            + "three days a week. The night shifts at the hospital were impossible with him at home.";
    private static final String SPANISH = "Mi padre se vino a vivir con nosotros el invierno pasado y desde entonces "
            + "trabajo desde casa tres días por semana. Los turnos de noche en el hospital eran imposibles.";
    private static final String FRENCH = "Mon père est venu habiter chez nous l'hiver dernier, et depuis je travaille "
            + "à la maison trois jours par semaine. Les gardes de nuit à l'hôpital étaient impossibles.";

    @Test
    void detectsEnglishSpanishAndFrenchWhateverTheDeclaredLanguage() {
        assertThat(detector.detect(ENGLISH, Language.ES)).isEqualTo(SpokenLanguage.EN);
        assertThat(detector.detect(SPANISH, Language.EN)).isEqualTo(SpokenLanguage.ES);
        assertThat(detector.detect(FRENCH, Language.ES)).isEqualTo(SpokenLanguage.FR);
        assertThat(detector.detect(FRENCH, Language.EN)).isEqualTo(SpokenLanguage.FR);
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(detector.detect("Vale, sí. Claro.", Language.ES)).isEqualTo(SpokenLanguage.UND);
        assertThat(detector.detect("", Language.EN)).isEqualTo(SpokenLanguage.UND);
    }

    @Test
    void judgesOnlyTheBeginningOfALongText() {
        String text = FRENCH.repeat(40) + ENGLISH.repeat(200);
        assertThat(detector.detect(text, Language.EN)).isEqualTo(SpokenLanguage.FR);
    }
}
