package com.theogen.demo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A UTF-8 text file as a Word document, one paragraph per line (empty lines kept as empty paragraphs). */
final class DocxRendering {

    private DocxRendering() {}

    static byte[] fromText(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
