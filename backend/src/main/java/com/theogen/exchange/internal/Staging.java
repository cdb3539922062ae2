package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeError;
import com.theogen.exchange.ExchangeProperties;
import com.theogen.shared.DomainException;
import com.theogen.shared.StorageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The staging directory where uploads wait for their import job: {@code <dir>/<uuid>.upload}. */
@Component
class Staging {

    private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.upload");

    private final Path root;

    Staging(ExchangeProperties properties, StorageProperties storage) {
        Path configured = properties.stagingDirectory();
        boolean unset = configured == null || configured.toString().isBlank();
        this.root = (unset ? storage.dataDir().resolve("imports") : configured)
                .toAbsolutePath()
                .normalize();
    }

    Path newFile() {
        try {
            Files.createDirectories(root);
            return Files.createFile(root.resolve(UUID.randomUUID() + ".upload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary file for an export being written; the caller deletes it once streamed. */
    Path newExportFile() {
        try {
            Files.createDirectories(root);
            return Files.createTempFile(root, "export-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a job keeps (never a path, so a job's parameters cannot point anywhere else). */
    String nameOf(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.getParent().equals(root)
                || !NAME.matcher(normal.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("not a staged upload: " + file);
        }
        return normal.getFileName().toString();
    }

    Path resolve(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DomainException(ExchangeError.STAGED_FILE_MISSING, "the import job names no staged upload");
        }
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DomainException(
                    ExchangeError.STAGED_FILE_MISSING,
                    "the uploaded file of this import is gone; upload it again (the staging directory must be"
                            + " shared by every replica)");
        }
        return file;
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
