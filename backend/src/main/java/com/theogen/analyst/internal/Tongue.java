package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.util.Locale;

/**
 * The languages the offline analyst can analyse, each with its own Lucene stop set and stemmer (see
 * {@link LanguageProfile}). Wider than {@link Language}, which names the languages TheoGen writes its reports
 * and prompts in: an interview may be French in a Spanish project (ADR 037).
 */
enum Tongue {
    EN("en", "eng"),
    ES("es", "spa"),
    FR("fr", "fra"),
    DE("de", "deu"),
    PT("pt", "por"),
    IT("it", "ita");

    private final String code;
    private final String iso3;

    Tongue(String code, String iso3) {
        this.code = code;
        this.iso3 = iso3;
    }

    /** ISO 639-1 code, as shown to users ("fr"). */
    String code() {
        return code;
    }

    /** ISO 639-3 code, as the language detector names it ("fra"). */
    String iso3() {
        return iso3;
    }

    static Tongue of(Language language) {
        return language == Language.ES ? ES : EN;
    }

    /** The report language closest to this one: itself for English and Spanish, else {@code fallback}. */
    Language reportLanguage(Language fallback) {
        return switch (this) {
            case EN -> Language.EN;
            case ES -> Language.ES;
            default -> fallback;
        };
    }

    static Tongue ofIso3(String iso3) {
        for (Tongue tongue : values()) {
            if (tongue.iso3.equals(iso3.toLowerCase(Locale.ROOT))) {
                return tongue;
            }
        }
        return null;
    }
}
