package com.theogen.interview;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.PAYLOAD_TOO_LARGE;
import static com.theogen.shared.ErrorCategory.UNSUPPORTED_MEDIA_TYPE;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import java.util.Map;

/**
 * Why one uploaded file was refused. Each constant is the stable {@code error_code} of the ProblemDetail (or
 * of the per-file outcome in a multi-file upload); the message always starts with the file name.
 */
@Category(INVALID_INPUT)
public enum UploadError implements ErrorCode {
    /** The extension is not one of {@link InterviewFormat}. */
    @Category(UNSUPPORTED_MEDIA_TYPE)
    UNSUPPORTED_FILE_TYPE,
    /** No bytes, or no text once decoded. */
    EMPTY_FILE,
    /** A text format ({@code .txt}, {@code .md}, {@code .vtt} …) whose bytes are not text. */
    BINARY_CONTENT,
    /** A DOCX, PDF or JSON file that cannot be read as such. */
    CORRUPT_FILE,
    /** A PDF that needs a password to open. */
    ENCRYPTED_PDF,
    /** A password-protected Word document. */
    ENCRYPTED_DOCX,
    /** A PDF without extractable text (a scan): it needs OCR first. */
    NO_TEXT_LAYER,
    /** A well-formed file whose structure is not a transcript (a JSON that is not a list of turns, a VTT without cues). */
    INVALID_TRANSCRIPT,
    /** Larger than {@code theogen.interview.max-file-size}; answered with 413. */
    @Category(PAYLOAD_TOO_LARGE)
    FILE_TOO_LARGE;

    /**
     * The exception to throw for {@code filename}; its ProblemDetail carries a {@code filename} member and a
     * detail of the form {@code "<filename>: <reason>"}.
     */
    public DomainException exception(String filename, String reason) {
        return new DomainException(this, filename + ": " + reason, Map.of("filename", filename));
    }
}
