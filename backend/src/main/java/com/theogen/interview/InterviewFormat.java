package com.theogen.interview;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The transcript formats TheoGen reads, recognised by file extension (case-insensitive). */
public enum InterviewFormat {
    TXT("txt"),
    MD("md"),
    DOCX("docx"),
    PDF("pdf"),
    VTT("vtt"),
    SRT("srt"),
    JSON("json");

    private final String extension;

    InterviewFormat(String extension) {
        this.extension = extension;
    }

    @JsonValue
    public String extension() {
        return extension;
    }

    /** The format of {@code filename} by its extension; empty when the extension is missing or unknown. */
    public static Optional<InterviewFormat> ofFilename(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.equals("markdown")) {
            return Optional.of(MD);
        }
        for (InterviewFormat format : values()) {
            if (format.extension.equals(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Parses a stored format code ({@code txt}, {@code pdf} …). */
    public static InterviewFormat fromExtension(String extension) {
        for (InterviewFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown interview format " + extension);
    }
}
