package com.theogen.interview;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The formats TheoGen reads. Transcripts are recognised by file extension (case-insensitive); recordings are
 * recognised by extension only to route the upload, then by their content (see {@link MediaProperties}): the
 * stored format of a recording is the probed one.
 */
public enum InterviewFormat {
    TXT("txt", null),
    MD("md", null),
    DOCX("docx", null),
    PDF("pdf", null),
    VTT("vtt", null),
    SRT("srt", null),
    JSON("json", null),
    MP3("mp3", "audio/mpeg"),
    M4A("m4a", "audio/mp4"),
    AAC("aac", "audio/aac"),
    WAV("wav", "audio/wav"),
    OGG("ogg", "audio/ogg"),
    WEBM("webm", "video/webm"),
    MP4("mp4", "video/mp4");

    private static final Map<String, InterviewFormat> ALIASES =
            Map.of("markdown", MD, "oga", OGG, "opus", OGG, "m4v", MP4, "mka", WEBM);

    private final String extension;
    private final String contentType;

    InterviewFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    @JsonValue
    public String extension() {
        return extension;
    }

    /** Whether this is an audio or video format (a recording to transcribe) rather than a transcript. */
    public boolean isMedia() {
        return contentType != null;
    }

    /** The HTTP content type a recording of this format is served with; {@code null} for transcripts. */
    public String contentType() {
        return contentType;
    }

    /** The format of {@code filename} by its extension; empty when the extension is missing or unknown. */
    public static Optional<InterviewFormat> ofFilename(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(ext)) {
            return Optional.of(ALIASES.get(ext));
        }
        for (InterviewFormat format : values()) {
            if (format.extension.equals(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Parses a stored format code ({@code txt}, {@code pdf}, {@code mp3} …). */
    public static InterviewFormat fromExtension(String extension) {
        for (InterviewFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown interview format " + extension);
    }
}
