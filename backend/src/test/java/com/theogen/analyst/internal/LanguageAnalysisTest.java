package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ADR 037: French, German, Portuguese and Italian words go through their own Lucene stop set and stemmer. */
class LanguageAnalysisTest {

    private static List<Token> tokens(String text, Tongue tongue) {
        return new WordTokenizer().tokenize(text, LanguageProfile.of(tongue), Set.of());
    }

    private static String stem(String word, Tongue tongue) {
        return tokens(word, tongue).get(0).stem();
    }

    private static Token.Kind kind(String word, Tongue tongue) {
        return tokens(word, tongue).get(0).kind();
    }

    @Test
    void eachLanguageStemsItsOwnInflectionsTogether() {
        assertThat(stem("maisons", Tongue.FR)).isEqualTo(stem("maison", Tongue.FR));
        assertThat(stem("Pflegeheime", Tongue.DE)).isEqualTo(stem("Pflegeheim", Tongue.DE));
        assertThat(stem("cuidadores", Tongue.PT)).isEqualTo(stem("cuidador", Tongue.PT));
        assertThat(stem("badanti", Tongue.IT)).isEqualTo(stem("badante", Tongue.IT));
    }

    @Test
    void eachLanguageHasItsOwnStopWords() {
        assertThat(kind("avec", Tongue.FR)).isEqualTo(Token.Kind.STOP);
        assertThat(kind("nicht", Tongue.DE)).isEqualTo(Token.Kind.STOP);
        assertThat(kind("não", Tongue.PT)).isEqualTo(Token.Kind.STOP);
        assertThat(kind("perché", Tongue.IT)).isEqualTo(Token.Kind.STOP);
        assertThat(kind("avec", Tongue.ES)).isNotEqualTo(Token.Kind.STOP);
    }

    @Test
    void elidedArticlesAreStrippedKeepingExactOffsets() {
        String text = "Je parle de l'école.";
        Token school = tokens(text, Tongue.FR).stream()
                .filter(t -> t.lower().equals("école"))
                .findFirst()
                .orElseThrow();

        assertThat(text.substring(school.start(), school.end())).isEqualTo("école");
        assertThat(school.previous()).isEqualTo(Token.Marker.NOUN);
        assertThat(tokens("dell'ospedale", Tongue.IT).get(0).lower()).isEqualTo("ospedale");
    }

    @Test
    void germanCapitalsDoNotMakeEveryNounAProperNoun() {
        WordUse use = new WordUse();
        List<Token> german = tokens("Wir warten auf das Pflegeheim und das Pflegeheim wartet.", Tongue.DE);
        german.forEach(t -> use.observe(Tongue.DE, t));
        Token noun = german.stream()
                .filter(t -> t.lower().equals("pflegeheim"))
                .findFirst()
                .orElseThrow();

        assertThat(use.properNoun(Tongue.DE, noun)).isFalse();
    }
}
