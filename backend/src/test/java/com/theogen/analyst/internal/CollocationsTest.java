package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollocationsTest {

    private static Collocations observe(String... sentences) {
        Collocations collocations = new Collocations();
        WordTokenizer tokenizer = new WordTokenizer();
        for (String sentence : sentences) {
            collocations.observe(Tongue.EN, tokenizer.tokenize(sentence, LanguageProfile.of(Tongue.EN), Set.of()));
        }
        return collocations;
    }

    @Test
    void wordsAlwaysSaidTogetherAreACollocation() {
        Collocations collocations = observe(
                "Respite care helped.",
                "We asked for respite care again.",
                "Respite care ended in May.",
                "The council pays the bills.",
                "The nurse visits twice.");

        assertThat(collocations.collocation(Tongue.EN, List.of("respite", "care")))
                .isTrue();
        assertThat(collocations.logLikelihood(Tongue.EN, "respite", "care"))
                .isGreaterThanOrEqualTo(Collocations.MIN_LOG_LIKELIHOOD);
    }

    @Test
    void frequentWordsThatMeetByChanceAreNot() {
        String[] sentences = new String[24];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = i < 2 ? "Nurse council meeting." : i % 2 == 0 ? "The nurse came." : "The council wrote.";
        }
        sentences[2] = "Nurse visits, council letters, nurse rotas, council forms, nurse notes, council rules.";

        Collocations collocations = observe(sentences);

        assertThat(collocations.collocation(Tongue.EN, List.of("nurse", "council")))
                .isFalse();
        assertThat(collocations.collocation(Tongue.EN, List.of("respite"))).isFalse();
    }
}
