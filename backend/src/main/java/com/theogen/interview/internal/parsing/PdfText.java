package com.theogen.interview.internal.parsing;

import com.theogen.interview.UploadError;
import com.theogen.shared.DomainException;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF (PDFBox), in content-stream order, one line per text line. PDFs that open only with a
 * password are refused; PDFs encrypted with an empty user password (restrictions only) are read. A PDF with
 * pages but no text is a scan and needs OCR first.
 */
final class PdfText {

    private PdfText() {}

    static String extract(byte[] bytes, String filename) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw document.getNumberOfPages() == 0
                        ? UploadError.EMPTY_FILE.exception(filename, "the PDF has no pages")
                        : UploadError.NO_TEXT_LAYER.exception(
                                filename, "the PDF has no text layer (a scan?); run OCR on it and upload it again");
            }
            return text;
        } catch (DomainException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw UploadError.ENCRYPTED_PDF.exception(
                    filename, "the PDF is password-protected; remove the password and upload it again");
        } catch (IOException | RuntimeException e) {
            throw UploadError.CORRUPT_FILE.exception(filename, "the file is not a readable PDF");
        }
    }
}
