package com.theogen.export;

import com.theogen.shared.Language;
import java.text.Normalizer;
import java.util.Locale;

/** The file formats a theory can be exported to. */
public enum ExportFormat implements FileFormat {
    PDF,
    PPTX,
    XLSX,
    PNG,
    DOCX;

    private static final int MAX_SLUG = 80;

    /**
     * Parses a format code ({@code pdf}, {@code pptx}, {@code xlsx}, {@code png}, {@code docx}, any case).
     *
     * @throws com.theogen.shared.DomainException {@code UNSUPPORTED_FORMAT} (400, with the supported codes in
     *     {@code supported_formats}) for anything else
     */
    public static ExportFormat fromCode(String code) {
        return FileFormat.parse(code, values());
    }

    /**
     * A readable, ASCII-only download name such as {@code cuidar-y-trabajar-teoria-v3.pdf}: the project
     * title without accents or punctuation, the word "theory" in the report language, the version.
     */
    public String fileName(TheoryReport report) {
        String word = report.language() == Language.ES ? "teoria" : "theory";
        String slug = slug(report.projectTitle());
        String base = slug.isEmpty() ? word : slug + "-" + word;
        return base + "-v" + report.theoryVersion() + "." + extension();
    }

    /**
     * The readable download name, e.g. {@code Cuidado informal: niñez-teoría-v3.pdf} with the project title
     * kept as written (only characters that file systems refuse are replaced), for RFC 5987
     * {@code filename*}; {@link #fileName} is its ASCII fallback.
     */
    public String displayFileName(TheoryReport report) {
        String word = report.language() == Language.ES ? "teoría" : "theory";
        String title = readable(report.projectTitle());
        String base = title.isEmpty() ? word : title + "-" + word;
        return base + "-v" + report.theoryVersion() + "." + extension();
    }

    /**
     * A title made safe as a file name on any system, with a visible mark where a character had to go:
     * {@code / \ |} become {@code -} ("Niñez / cuidado" → "Niñez - cuidado"), {@code : * ? " < >} become
     * {@code _}, control characters become spaces; runs of spaces collapse, and leading or trailing dots, spaces
     * and underscores go; at most 80 characters.
     */
    public static String readable(String title) {
        String clean = Normalizer.normalize(title, Normalizer.Form.NFC)
                .replaceAll("\\p{Cntrl}+", " ")
                .replaceAll("[/\\\\|]", "-")
                .replaceAll("\\s*[:*?\"<>]+\\s+", " ")
                .replaceAll("[:*?\"<>]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[._ ]+|[._ ]+$", "");
        if (clean.length() > MAX_SLUG) {
            int cut = clean.lastIndexOf(' ', MAX_SLUG);
            clean = clean.substring(0, cut > 0 ? cut : MAX_SLUG).strip();
        }
        return clean;
    }

    /** An ASCII-only, lower-case, dash-separated form of a title ({@code "Niñez y cuidado"} → {@code ninez-y-cuidado}). */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return slug;
    }
}
