package com.theogen.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders fixtures and keeps every file under {@code target/test-output/export} for a person to look at. */
final class ExportTestFiles {

    static final Path DIR = Path.of("target", "test-output", "export");

    private ExportTestFiles() {}

    static byte[] render(ExportRenderer renderer, TheoryReport report, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, out);
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name + "." + renderer.fileExtension()), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path path(String fileName) {
        try {
            Files.createDirectories(DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DIR.resolve(fileName);
    }
}
