package com.theogen.interview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Transcript files made in the test: DOCX with POI, PDF with PDFBox (text, encrypted, image-only). */
public final class TranscriptFiles {

    private static final int LINES_PER_PAGE = 45;

    private TranscriptFiles() {}

    /** A Word document with one paragraph per element. */
    public static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document holding one table, one row per {speaker, text} pair. */
    public static byte[] docxTable(List<String[]> rows) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Transcript");
            XWPFTable table = document.createTable(rows.size(), 2);
            for (int r = 0; r < rows.size(); r++) {
                table.getRow(r).getCell(0).setText(rows.get(r)[0]);
                table.getRow(r).getCell(1).setText(rows.get(r)[1]);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer, one text line per element (Helvetica, so Latin-1 characters only). */
    public static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    /** A PDF that opens only with the password {@code user-secret}. */
    public static byte[] encryptedPdf(List<String> lines) {
        StandardProtectionPolicy policy =
                new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return pdf(lines, policy);
    }

    /** A PDF whose only page is a picture of text: a scan without a text layer. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 200);
            g.setColor(Color.BLACK);
            g.drawString("Entrevistadora: esto es una imagen escaneada", 10, 100);
            g.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 500);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(List<String> lines, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
                pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
            }
            for (List<String> pageLines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(40, 800);
                    for (String line : pageLines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
