package com.theogen.export;

import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.text.Normalizer;
import java.util.Locale;

/** The file formats a theory can be exported to. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("png", "image/png");

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
     * @throws DomainException {@code UNSUPPORTED_EXPORT_FORMAT} (400) for anything else
     */
    public static ExportFormat fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat format : values()) {
                if (format.extension.equals(wanted)) {
                    return format;
                }
            }
        }
        throw DomainException.invalid("UNSUPPORTED_EXPORT_FORMAT", "format must be one of pdf, pptx, xlsx, png");
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

    private static String slug(String title) {
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
