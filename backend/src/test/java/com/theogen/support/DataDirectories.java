package com.theogen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a stopped installation's data directory (PostgreSQL cluster, logins, keys) so that several tests can each
 * start from the same prepared state without creating and migrating a cluster of their own: a cluster that was shut
 * down cleanly is a set of files, and a copy of it is the same database. Permissions are kept (PostgreSQL refuses a
 * data directory others can read, and the login file is owner-only).
 */
public final class DataDirectories {

    private DataDirectories() {}

    /** Copies everything under {@code from} into {@code to} (created if missing), keeping file attributes. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> sources = walk.toList();
            Files.createDirectories(to);
            for (Path source : sources) {
                Path target = to.resolve(from.relativize(source).toString());
                if (source.equals(from)) {
                    continue;
                }
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + from + " to " + to, e);
        }
    }
}
