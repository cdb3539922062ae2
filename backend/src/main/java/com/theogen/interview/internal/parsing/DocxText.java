package com.theogen.interview.internal.parsing;

import com.theogen.interview.UploadError;
import com.theogen.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The body text of a Word document (Apache POI XWPF): paragraphs in order, one per line, line breaks kept.
 * Table rows of two cells whose first cell is short are read as {@code "first: second"}, the common
 * "speaker | text" transcript layout; other rows join their cells with spaces. Headers, footers, comments and
 * footnotes are not part of the transcript.
 */
final class DocxText {

    private static final int MAX_SPEAKER_CELL = 40;

    private DocxText() {}

    static String extract(byte[] bytes, String filename) {
        if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ole2(bytes, filename);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                } else if (element instanceof XWPFSDT block) {
                    text.append(block.getContent().getText()).append('\n');
                }
            }
            return text.toString();
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UploadError.CORRUPT_FILE.exception(filename, "the file is not a readable Word (.docx) document");
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String value = cell.getText().strip();
                if (!value.isEmpty()) {
                    cells.add(value);
                }
            }
            if (cells.size() == 2
                    && cells.get(0).length() <= MAX_SPEAKER_CELL
                    && !cells.get(0).contains("\n")) {
                String first = cells.get(0).endsWith(":") ? cells.get(0) : cells.get(0) + ":";
                text.append(first).append(' ').append(cells.get(1)).append('\n');
            } else if (!cells.isEmpty()) {
                text.append(String.join(" ", cells)).append('\n');
            }
            text.append('\n');
        }
    }

    private static DomainException ole2(byte[] bytes, String filename) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return UploadError.ENCRYPTED_DOCX.exception(
                        filename, "the document is password-protected; remove the password and upload it again");
            }
        } catch (IOException | RuntimeException e) {
            return UploadError.CORRUPT_FILE.exception(filename, "the file is not a readable Word (.docx) document");
        }
        return UploadError.CORRUPT_FILE.exception(
                filename, "the file is a legacy Word (.doc) document; save it as .docx and upload it again");
    }
}
