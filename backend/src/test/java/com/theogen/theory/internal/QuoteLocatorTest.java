package com.theogen.theory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    static final String TEXT = "Pues mira,  yo me levanto\na las cinco y después\tvoy al trabajo.";

    @Test
    void keepsAVerbatimQuoteAtTheOffsetItWasGiven() {
        int at = TEXT.indexOf("a las cinco");
        assertThat(QuoteLocator.locate(TEXT, "a las cinco", at)).contains(new QuoteLocator.Span(at, at + 11, false));
    }

    @Test
    void movesAVerbatimQuoteWhoseOffsetIsWrong() {
        int at = TEXT.indexOf("voy al trabajo");
        assertThat(QuoteLocator.locate(TEXT, "voy al trabajo", 3)).contains(new QuoteLocator.Span(at, at + 14, true));
    }

    @Test
    void reanchorsAQuoteThatDiffersOnlyInWhitespaceToTheFragmentsOwnCharacters() {
        QuoteLocator.Span span =
                QuoteLocator.locate(TEXT, " yo me levanto a las cinco ", -1).orElseThrow();
        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo("yo me levanto\na las cinco");
        assertThat(span.moved()).isTrue();
    }

    @Test
    void rejectsAParaphraseAndABlankQuote() {
        assertThat(QuoteLocator.locate(TEXT, "me levanto muy temprano", -1)).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, "  ", -1)).isEmpty();
    }
}
