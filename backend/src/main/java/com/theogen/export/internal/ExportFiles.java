package com.theogen.export.internal;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportProperties;
import com.theogen.shared.StorageProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The export directory: {@code <dir>/<project id>/<export id>.<ext>}. Files are written to a temporary name
 * beside their final one and moved into place atomically, so a reader never sees half a file.
 */
@Component
class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);
    private static final String TEMP_SUFFIX = ".part";

    private final Path root;

    ExportFiles(ExportProperties properties, StorageProperties storage) {
        Path configured = properties.directory();
        boolean unset = configured == null || configured.toString().isBlank();
        Path dir = unset ? storage.dataDir().resolve("exports") : configured;
        this.root = dir.toAbsolutePath().normalize();
    }

    /** What was written. {@code relativePath} is relative to the export directory. */
    record Written(String relativePath, long size, String sha256) {}

    /** A sink for the file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    Written write(UUID projectId, UUID exportId, ExportFormat format, Content content) throws IOException {
        Path dir = Files.createDirectories(root.resolve(projectId.toString()));
        String name = exportId + "." + format.extension();
        Path temp = dir.resolve("." + name + "-" + UUID.randomUUID() + TEMP_SUFFIX);
        MessageDigest sha = sha256();
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                    DigestOutputStream out = new DigestOutputStream(file, sha)) {
                content.writeTo(out);
            }
            long size = Files.size(temp);
            move(temp, dir.resolve(name));
            return new Written(projectId + "/" + name, size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The absolute file of a relative path, or null when the path would leave the export directory. */
    Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        return path.startsWith(root) ? path : null;
    }

    boolean exists(String relativePath) {
        Path path = relativePath == null ? null : resolve(relativePath);
        return path != null && Files.isRegularFile(path);
    }

    /** Deletes every file of a project's export folder and the folder; returns how many files went. */
    int deleteProject(UUID projectId) throws IOException {
        Path dir = root.resolve(projectId.toString());
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                deleted += Files.deleteIfExists(file) ? 1 : 0;
            }
        }
        try {
            Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException raced) {
            // a render finishing just now wrote a file: the sweep removes it, its row being gone
        }
        return deleted;
    }

    /**
     * Deletes export files whose row is gone (their project was deleted), temporary files older than
     * {@code staleBefore}, and project folders left empty. Returns how many files went.
     */
    int sweep(Predicate<UUID> rowExists, Instant staleBefore) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> projects = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path project : projects) {
                deleted += sweepProject(project, rowExists, staleBefore);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private int sweepProject(Path project, Predicate<UUID> rowExists, Instant staleBefore) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(project)) {
            for (Path file : files) {
                if (orphan(file, rowExists, staleBefore) && Files.deleteIfExists(file)) {
                    deleted++;
                    log.info("export sweep removed file={}", root.relativize(file));
                }
            }
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(project)) {
            if (!left.iterator().hasNext()) {
                Files.deleteIfExists(project);
            }
        } catch (java.nio.file.DirectoryNotEmptyException raced) {
            // a file arrived meanwhile: keep the folder
        }
        return deleted;
    }

    private static boolean orphan(Path file, Predicate<UUID> rowExists, Instant staleBefore) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(TEMP_SUFFIX)) {
            return Files.getLastModifiedTime(file).toInstant().isBefore(staleBefore);
        }
        int dot = name.indexOf('.');
        try {
            return !rowExists.test(UUID.fromString(dot > 0 ? name.substring(0, dot) : name));
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
