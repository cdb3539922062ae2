package com.theogen.export;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.Language;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The file formats a theory can be exported to. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("png", "image/png"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final int MAX_SLUG = 80;

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file name extension, without a dot; also the format's code in URLs ({@code ?format=pdf}). */
    public String extension() {
        return extension;
    }

    /** The media type to send with the file. */
    public String contentType() {
        return contentType;
    }

    /**
     * Parses a format code ({@code pdf}, {@code pptx}, {@code xlsx}, {@code png}, any case).
     *
     * @throws DomainException {@code UNSUPPORTED_FORMAT} (400, with the supported codes in
     *     {@code supported_formats}) for anything else
     */
    public static ExportFormat fromCode(String code) {
        return parse(code, values(), ExportFormat::extension);
    }

    /**
     * The format among {@code formats} whose code is {@code code} (trimmed, any case).
     *
     * @throws DomainException {@code UNSUPPORTED_FORMAT} listing the codes of {@code formats} otherwise
     */
    static <F> F parse(String code, F[] formats, Function<F, String> codeOf) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (F format : formats) {
                if (codeOf.apply(format).equals(wanted)) {
                    return format;
                }
            }
        }
        throw unsupported(Arrays.stream(formats).map(codeOf).toList());
    }

    /** The {@code UNSUPPORTED_FORMAT} error listing the codes that would have been accepted. */
    private static DomainException unsupported(List<String> supported) {
        return new DomainException(
                ErrorCategory.INVALID_INPUT,
                "UNSUPPORTED_FORMAT",
                "format must be one of " + String.join(", ", supported),
                Map.of("supported_formats", supported));
    }

    /**
     * A readable, ASCII-only download name such as {@code cuidar-y-trabajar-teoria-v3.pdf}: the project
     * title without accents or punctuation, the word "theory" in the report language, the version.
     */
    public String fileName(TheoryReport report) {
        String word = report.language() == Language.ES ? "teoria" : "theory";
        String slug = slug(report.projectTitle());
        String base = slug.isEmpty() ? word : slug + "-" + word;
        return base + "-v" + report.theoryVersion() + "." + extension;
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
        return base + "-v" + report.theoryVersion() + "." + extension;
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
