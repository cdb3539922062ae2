package com.theogen.interview;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Map;

/**
 * Why one uploaded file was refused. Each constant is the stable {@code error_code} of the ProblemDetail (or
 * of the per-file outcome in a multi-file upload); the message always starts with the file name.
 */
public enum UploadError {
    /** The extension is not one of {@link InterviewFormat}. */
    UNSUPPORTED_FILE_TYPE(ErrorCategory.UNSUPPORTED_MEDIA_TYPE),
    /** No bytes, or no text once decoded. */
    EMPTY_FILE(ErrorCategory.INVALID_INPUT),
    /** A text format ({@code .txt}, {@code .md}, {@code .vtt} …) whose bytes are not text. */
    BINARY_CONTENT(ErrorCategory.INVALID_INPUT),
    /** A DOCX, PDF or JSON file that cannot be read as such. */
    CORRUPT_FILE(ErrorCategory.INVALID_INPUT),
    /** A PDF that needs a password to open. */
    ENCRYPTED_PDF(ErrorCategory.INVALID_INPUT),
    /** A password-protected Word document. */
    ENCRYPTED_DOCX(ErrorCategory.INVALID_INPUT),
    /** A PDF without extractable text (a scan): it needs OCR first. */
    NO_TEXT_LAYER(ErrorCategory.INVALID_INPUT),
    /** A well-formed file whose structure is not a transcript (a JSON that is not a list of turns, a VTT without cues). */
    INVALID_TRANSCRIPT(ErrorCategory.INVALID_INPUT),
    /** Larger than {@code theogen.interview.max-file-size}; answered with 413. */
    FILE_TOO_LARGE(ErrorCategory.PAYLOAD_TOO_LARGE);

    private final ErrorCategory category;

    UploadError(ErrorCategory category) {
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }

    /**
     * The exception to throw for {@code filename}; its ProblemDetail carries a {@code filename} member and a
     * detail of the form {@code "<filename>: <reason>"}.
     */
    public DomainException exception(String filename, String reason) {
        return new DomainException(category, name(), filename + ": " + reason, Map.of("filename", filename));
    }
}
