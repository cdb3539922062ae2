package com.theogen.interview.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.interview.TranscriptFiles;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files that cannot become an interview get a stable code and a message that names the file and the reason. */
class TranscriptParserRejectionTest {

    private final TranscriptParser parser = new TranscriptParser(1000);

    static Stream<Arguments> refusedFiles() {
        byte[] docx = TranscriptFiles.docx(List.of("I: hola", "P: adiós"));
        byte[] pdf = TranscriptFiles.pdf(List.of("I: hola", "P: adiós"));
        return Stream.of(
                refused("empty file", "a.txt", new byte[0], "EMPTY_FILE", "empty"),
                refused(
                        "only whitespace",
                        "a.txt",
                        " \r\n\t\u00A0\n".getBytes(StandardCharsets.UTF_8),
                        "EMPTY_FILE",
                        "no transcript text"),
                refused(
                        "unsupported extension",
                        "notes.rtf",
                        "{\\rtf1 hi}".getBytes(StandardCharsets.UTF_8),
                        "UNSUPPORTED_FILE_TYPE",
                        ".docx"),
                refused(
                        "no extension",
                        "README",
                        "hi".getBytes(StandardCharsets.UTF_8),
                        "UNSUPPORTED_FILE_TYPE",
                        "unsupported"),
                refused(
                        "binary named .txt",
                        "a.txt",
                        new byte[] {1, 2, 0, 3, 4, 5, 0, 0, 9},
                        "BINARY_CONTENT",
                        "binary"),
                refused(
                        "control characters named .md",
                        "a.md",
                        "a\u0001b\u0002c\u0003d\u0004".getBytes(StandardCharsets.UTF_8),
                        "BINARY_CONTENT",
                        "binary"),
                refused("pdf named .txt", "a.txt", pdf, "BINARY_CONTENT", "PDF"),
                refused("docx named .vtt", "a.vtt", docx, "BINARY_CONTENT", "ZIP"),
                refused("corrupt docx", "a.docx", Arrays.copyOf(docx, docx.length / 2), "CORRUPT_FILE", "Word"),
                refused(
                        "text named .docx",
                        "a.docx",
                        "I: hola".getBytes(StandardCharsets.UTF_8),
                        "CORRUPT_FILE",
                        "Word"),
                refused("legacy doc", "a.docx", ole2(), "CORRUPT_FILE", ".doc"),
                refused(
                        "corrupt pdf",
                        "a.pdf",
                        "%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.UTF_8),
                        "CORRUPT_FILE",
                        "PDF"),
                refused("text named .pdf", "a.pdf", "I: hola".getBytes(StandardCharsets.UTF_8), "CORRUPT_FILE", "PDF"),
                refused(
                        "encrypted pdf",
                        "a.pdf",
                        TranscriptFiles.encryptedPdf(List.of("I: secreto")),
                        "ENCRYPTED_PDF",
                        "password"),
                refused("scanned pdf", "a.pdf", TranscriptFiles.imageOnlyPdf(), "NO_TEXT_LAYER", "OCR"),
                refused(
                        "invalid json",
                        "a.json",
                        "[{\"speaker\": \"I\",".getBytes(StandardCharsets.UTF_8),
                        "CORRUPT_FILE",
                        "line 1"),
                refused(
                        "json object",
                        "a.json",
                        "{\"speaker\":\"I\"}".getBytes(StandardCharsets.UTF_8),
                        "INVALID_TRANSCRIPT",
                        "list of turns"),
                refused(
                        "json turn without text",
                        "a.json",
                        "[{\"speaker\":\"I\",\"text\":\"a\"},{\"speaker\":\"P\"}]".getBytes(StandardCharsets.UTF_8),
                        "INVALID_TRANSCRIPT",
                        "turn 2"),
                refused(
                        "json bad time",
                        "a.json",
                        "[{\"text\":\"a\",\"start\":\"soon\"}]".getBytes(StandardCharsets.UTF_8),
                        "INVALID_TRANSCRIPT",
                        "start"),
                refused(
                        "json time order",
                        "a.json",
                        "[{\"text\":\"a\",\"start\":5,\"end\":2}]".getBytes(StandardCharsets.UTF_8),
                        "INVALID_TRANSCRIPT",
                        "ends before"),
                refused(
                        "json empty list",
                        "a.json",
                        "[]".getBytes(StandardCharsets.UTF_8),
                        "EMPTY_FILE",
                        "no transcript text"),
                refused(
                        "vtt without cues",
                        "a.vtt",
                        "WEBVTT\n\nhello there".getBytes(StandardCharsets.UTF_8),
                        "INVALID_TRANSCRIPT",
                        "cues"),
                refused(
                        "srt with absurd times",
                        "a.srt",
                        "1\n99999999999999999999:00:00,000 --> 1:00:00,000\nhola".getBytes(StandardCharsets.UTF_8),
                        "CORRUPT_FILE",
                        "srt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refusesWithACodeNamingTheFile(String name, String filename, byte[] content, String code, String reason) {
        assertThatThrownBy(() -> parser.parse(filename, content)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(filename + ": ").containsIgnoringCase(reason);
            assertThat(e.details()).containsEntry("filename", filename);
            assertThat(e.category().httpStatus()).isBetween(400, 499);
        });
    }

    @Test
    void unsupportedTypeIsA415AndEveryOtherContentProblemA400() {
        assertThatThrownBy(() -> parser.parse("x.odt", new byte[] {1}))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.category())
                        .isEqualTo(ErrorCategory.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> parser.parse("x.pdf", TranscriptFiles.imageOnlyPdf()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT));
    }

    private static Arguments refused(String name, String filename, byte[] content, String code, String reason) {
        return Arguments.of(name, filename, content, code, reason);
    }

    /** The first bytes of an OLE2 compound file (a legacy .doc) followed by junk. */
    private static byte[] ole2() {
        byte[] bytes = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
