package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    static final String TEXT = "Pues mira,  yo me quedo\ndespierta — y luego «no puedo más» con el trabajo.";

    @Test
    void exactQuoteIsFoundAtItsOffsets() {
        var span = QuoteLocator.locate(TEXT, "yo me quedo").orElseThrow();

        assertThat(TEXT.substring(span.start(), span.end()))
                .isEqualTo("yo me quedo")
                .isEqualTo(span.text());
    }

    @Test
    void whitespaceQuoteMarksDashesAndCaseAreNormalisedButTheStoredQuoteIsTheFragments() {
        var span = QuoteLocator.locate(TEXT, "\"Mira, yo me quedo despierta - y luego \"no puedo más\" con el\"")
                .orElseThrow();

        assertThat(span.text()).isEqualTo("mira,  yo me quedo\ndespierta — y luego «no puedo más» con el");
        assertThat(TEXT.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void quoteThatIsNotInTheFragmentIsNotLocated() {
        assertThat(QuoteLocator.locate(TEXT, "me quedo dormida")).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, "  \"\"  ")).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, null)).isEmpty();
    }
}
