package com.theogen.export.internal;

import com.theogen.shared.Language;

/**
 * Quotation marks around a verbatim quote that never clash with marks inside it, so a quote that itself quotes
 * someone reads as one quote: Spanish uses «…» (the marks Spanish typography starts with) and “…” when the quote
 * already holds angle quotes; English uses “…” and ‘…’ when the quote already holds double quotes. The quote's own
 * characters are never changed.
 */
public final class QuoteMarks {

    private QuoteMarks() {}

    public static String wrap(String quote, Language language) {
        if (language == Language.ES) {
            return quote.indexOf('«') >= 0 || quote.indexOf('»') >= 0 ? "“" + quote + "”" : "«" + quote + "»";
        }
        boolean doubled = quote.indexOf('“') >= 0 || quote.indexOf('”') >= 0 || quote.indexOf('"') >= 0;
        return doubled ? "‘" + quote + "’" : "“" + quote + "”";
    }
}
