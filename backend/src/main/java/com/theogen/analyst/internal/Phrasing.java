package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Locale;

/** Small language-aware wording helpers shared by the analyst's text outputs. */
final class Phrasing {

    private Phrasing() {}

    /** «a», «b» y «c» / “a”, “b” and “c”. */
    static String quotedList(List<String> items, Language language) {
        List<String> quoted = items.stream().map(i -> quote(i, language)).toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        String last = quoted.get(quoted.size() - 1);
        String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
        return head + (language == Language.ES ? " y " : " and ") + last;
    }

    static String quote(String text, Language language) {
        return language == Language.ES ? "«" + text + "»" : "“" + text + "”";
    }

    /** "1 entrevista", "3 entrevistas", "1 interview", "3 interviews". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    static String decimal(double value, Language language) {
        String formatted = String.format(Locale.ROOT, "%.2f", value);
        return language == Language.ES ? formatted.replace('.', ',') : formatted;
    }
}
