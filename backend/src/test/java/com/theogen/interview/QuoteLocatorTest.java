package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    static final String TEXT = "Pues mira,  yo me levanto\na las cinco y después\tvoy al trabajo.";
    static final String TYPOGRAPHIC = "Pues mira,  yo me quedo\ndespierta — y luego «no puedo más» con el trabajo.";

    @Test
    void keepsAVerbatimQuoteAtTheOffsetItWasGiven() {
        int at = TEXT.indexOf("a las cinco");
        assertThat(QuoteLocator.locate(TEXT, "a las cinco", at))
                .contains(new QuoteLocator.Span(at, at + 11, "a las cinco", false));
    }

    @Test
    void movesAVerbatimQuoteWhoseOffsetIsWrong() {
        int at = TEXT.indexOf("voy al trabajo");
        assertThat(QuoteLocator.locate(TEXT, "voy al trabajo", 3))
                .contains(new QuoteLocator.Span(at, at + 14, "voy al trabajo", true));
    }

    @Test
    void reanchorsAQuoteThatDiffersOnlyInWhitespaceToTheFragmentsOwnCharacters() {
        QuoteLocator.Span span =
                QuoteLocator.locate(TEXT, " yo me levanto a las cinco ", -1).orElseThrow();
        assertThat(TEXT.substring(span.start(), span.end()))
                .isEqualTo("yo me levanto\na las cinco")
                .isEqualTo(span.text());
        assertThat(span.moved()).isTrue();
    }

    @Test
    void rejectsAParaphraseAndABlankQuote() {
        assertThat(QuoteLocator.locate(TEXT, "me levanto muy temprano", -1)).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, "  ", -1)).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, null, -1)).isEmpty();
        assertThat(QuoteLocator.locate(null, "a las cinco", -1)).isEmpty();
    }

    @Test
    void theEvidenceRuleDoesNotForgiveCaseDashesOrQuoteMarks() {
        assertThat(QuoteLocator.locate(TYPOGRAPHIC, "Mira, yo me quedo despierta - y luego", -1))
                .isEmpty();
        assertThat(QuoteLocator.locate(TYPOGRAPHIC, "\"no puedo más\"", -1)).isEmpty();
    }

    @Test
    void anchorsAModelsExactQuoteAtItsOffsets() {
        var span = QuoteLocator.anchor(TYPOGRAPHIC, "yo me quedo").orElseThrow();

        assertThat(TYPOGRAPHIC.substring(span.start(), span.end()))
                .isEqualTo("yo me quedo")
                .isEqualTo(span.text());
        assertThat(span.moved()).isFalse();
    }

    @Test
    void anchorForgivesWhitespaceQuoteMarksDashesAndCaseButTheSpanIsTheFragmentsOwnText() {
        var span = QuoteLocator.anchor(TYPOGRAPHIC, "\"Mira, yo me quedo despierta - y luego \"no puedo más\" con el\"")
                .orElseThrow();

        assertThat(span.text()).isEqualTo("mira,  yo me quedo\ndespierta — y luego «no puedo más» con el");
        assertThat(TYPOGRAPHIC.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void anchorPrefersTheVerbatimOccurrenceToAnEarlierOneThatDiffersInCase() {
        String text = "Trabajo de noche. Luego trabajo de noche otra vez.";
        var span = QuoteLocator.anchor(text, "«trabajo de noche»").orElseThrow();

        assertThat(span.start()).isEqualTo(text.indexOf("trabajo de noche"));
        assertThat(span.text()).isEqualTo("trabajo de noche");
    }

    @Test
    void anchorDoesNotLocateAQuoteThatIsNotInTheFragment() {
        assertThat(QuoteLocator.anchor(TYPOGRAPHIC, "me quedo dormida")).isEmpty();
        assertThat(QuoteLocator.anchor(TYPOGRAPHIC, "  \"\"  ")).isEmpty();
        assertThat(QuoteLocator.anchor(TYPOGRAPHIC, null)).isEmpty();
    }
}
