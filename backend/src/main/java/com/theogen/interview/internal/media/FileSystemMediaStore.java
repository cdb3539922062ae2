package com.theogen.interview.internal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recordings in a local directory ({@code theogen.media.directory}, default {@code <data-dir>/media}):
 *
 * <pre>
 * media/
 *   &lt;project-id&gt;/&lt;interview-id&gt;/original.&lt;ext&gt;   the uploaded recording, byte for byte
 *   .staging/&lt;uuid&gt;.part                          uploads in progress (no extension: probing reads content only)
 *   .work/&lt;uuid&gt;/                                  decoded audio and pieces of a running transcription
 * </pre>
 *
 * Staging and work files left by a crash are removed at start-up.
 */
public final class FileSystemMediaStore implements MediaStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}/[0-9a-f-]{36}/original\\.[a-z0-9]{1,5}");

    private final Path root;
    private final Path staging;
    private final Path work;

    public FileSystemMediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
        this.work = this.root.resolve(".work");
        try {
            deleteTree(staging);
            deleteTree(work);
            Files.createDirectories(staging);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the media directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public Path newStagingFile() throws IOException {
        return Files.createFile(staging.resolve(UUID.randomUUID() + ".part"));
    }

    @Override
    public Path newWorkDirectory() throws IOException {
        return Files.createDirectory(work.resolve(UUID.randomUUID().toString()));
    }

    @Override
    public void put(String key, Path staged) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(resolve(key));
    }

    @Override
    public SeekableByteChannel open(String key) throws IOException {
        return Files.newByteChannel(resolve(key), StandardOpenOption.READ);
    }

    @Override
    public Path localFile(String key) throws IOException {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(key);
        }
        return file;
    }

    @Override
    public void delete(String key) throws IOException {
        Path file = resolve(key);
        Files.deleteIfExists(file);
        try {
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // a directory that is not empty keeps what else is in it
        }
    }

    @Override
    public void deleteInterview(UUID projectId, UUID interviewId) throws IOException {
        deleteTree(root.resolve(projectId.toString()).resolve(interviewId.toString()));
    }

    @Override
    public int deleteProject(UUID projectId) throws IOException {
        return deleteTree(root.resolve(projectId.toString()));
    }

    @Override
    public void deleteWork(Path directory) {
        try {
            if (directory != null && directory.toAbsolutePath().normalize().startsWith(work)) {
                deleteTree(directory);
            }
        } catch (IOException e) {
            // left for the next start-up
        }
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return root.resolve(key);
    }

    private static int deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        int[] files = {0};
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path)) {
                    files[0]++;
                }
                Files.deleteIfExists(path);
            }
        }
        return files[0];
    }
}
