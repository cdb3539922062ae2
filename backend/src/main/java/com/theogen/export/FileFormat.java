package com.theogen.export;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file format an export can be written in ({@link ExportFormat}, {@link CodebookFormat},
 * {@link InterviewExportFormat}): its code is its constant's name in lower case, which is also the file name
 * extension, and each extension has one media type.
 */
public interface FileFormat extends com.theogen.shared.FileFormat {

    /** The constant's name ({@link Enum#name()}). */
    String name();

    /** The file name extension, without a dot; also the format's code in URLs ({@code ?format=pdf}). */
    @Override
    default String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The media type to send with the file. */
    @Override
    default String contentType() {
        return switch (extension()) {
            case "pdf" -> "application/pdf";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "png" -> "image/png";
            case "csv" -> "text/csv;charset=UTF-8";
            case "txt" -> "text/plain;charset=UTF-8";
            case "json" -> "application/json";
            default -> throw new IllegalStateException("no media type for ." + extension());
        };
    }

    /**
     * The format among {@code formats} whose code is {@code code} (trimmed, any case).
     *
     * @throws DomainException {@code UNSUPPORTED_FORMAT} (400, with the supported codes in {@code supported_formats})
     *     listing the codes of {@code formats} otherwise
     */
    static <F extends FileFormat> F parse(String code, F[] formats) {
        return com.theogen.shared.FileFormat.byCode(code, formats).orElseThrow(() -> {
            List<String> supported =
                    Arrays.stream(formats).map(FileFormat::extension).toList();
            return new DomainException(
                    ErrorCategory.INVALID_INPUT,
                    "UNSUPPORTED_FORMAT",
                    "format must be one of " + String.join(", ", supported),
                    Map.of("supported_formats", supported));
        });
    }
}
