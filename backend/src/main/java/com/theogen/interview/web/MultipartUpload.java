package com.theogen.interview.web;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewProperties;
import com.theogen.interview.MediaProperties;
import com.theogen.interview.UploadError;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.web.TextInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.core.scheduler.Schedulers;

/**
 * Reads an interview upload as it streams in. Transcript files ({@code files} or {@code file}) are buffered up to
 * the per-file limit; recordings (audio and video extensions) are streamed straight to a staging file on disk
 * with non-blocking writes, their SHA-256 computed on the way, never held in memory. A file over its limit is
 * drained and remembered as too large, so the other files still count. Text fields {@code participant} and
 * {@code language} are collected; the buffered bytes and the recording bytes are each capped per request.
 * Problems with the request as a whole are raised once the body has been read, so the client always gets the
 * answer; staging files of a request that fails are deleted.
 */
final class MultipartUpload {

    static final Set<String> FILE_FIELDS = Set.of("files", "file");
    static final Set<String> TEXT_FIELDS = Set.of("participant", "language");
    private static final int MAX_FILENAME = 255;
    /** Parts beyond the allowed files and fields before the request is cut short (empty parts cost no bytes). */
    private static final int SPARE_PARTS = 64;

    /**
     * A file as received: a transcript's {@code content}, or a recording's {@code staged} file with its size and
     * checksum. {@code tooLarge} when it was over its limit (nothing kept).
     */
    record ReceivedFile(String filename, byte[] content, Path staged, long size, String sha256, boolean tooLarge) {

        boolean recording() {
            return InterviewFormat.ofFilename(filename)
                    .map(InterviewFormat::isMedia)
                    .orElse(false);
        }
    }

    record Received(Map<String, String> fields, List<ReceivedFile> files) {}

    private final long maxFileSize;
    private final int maxFiles;
    private final long maxRequestSize;
    private final long maxMediaSize;
    private final long maxMediaRequest;
    private final Callable<Path> stager;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<ReceivedFile> files = new ArrayList<>();
    private final List<String> unknownFields = new ArrayList<>();
    private final List<String> unstorableFields = new ArrayList<>();
    private final List<Path> staged = new ArrayList<>();
    private int fileParts;
    private int parts;
    private long totalBytes;
    private long mediaBytes;

    private MultipartUpload(InterviewProperties limits, MediaProperties media, Callable<Path> stager) {
        this.maxFileSize = limits.maxFileSize().toBytes();
        this.maxFiles = limits.maxFiles();
        this.maxRequestSize = limits.maxRequestSize().toBytes();
        this.maxMediaSize = media.maxFileSize().toBytes();
        this.maxMediaRequest = media.maxRequestSize().toBytes();
        this.stager = stager;
    }

    /** @param stager makes a new staging file for a recording (blocking; called off the event loop) */
    static Mono<Received> read(
            Flux<PartEvent> events, InterviewProperties limits, MediaProperties media, Callable<Path> stager) {
        MultipartUpload upload = new MultipartUpload(limits, media, stager);
        return events.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst(upload::part))
                .then(Mono.fromCallable(upload::finish))
                .onErrorMap(e -> !(e instanceof DomainException), MultipartUpload::malformed)
                .doOnError(e -> upload.discardStaged())
                .doOnCancel(upload::discardStaged);
    }

    static DomainException requestTooLarge(DataSize limit) {
        return new DomainException(
                ErrorCategory.PAYLOAD_TOO_LARGE,
                "REQUEST_TOO_LARGE",
                "The upload is larger than the limit of " + human(limit.toBytes()) + " per request");
    }

    private Flux<Void> part(Signal<? extends PartEvent> first, Flux<PartEvent> all) {
        if (!first.hasValue()) {
            return all.thenMany(Flux.empty());
        }
        PartEvent event = first.get();
        if (++parts > maxFiles + TEXT_FIELDS.size() + SPARE_PARTS) {
            DataBufferUtils.release(event.content());
            throw DomainException.invalid(
                    "TOO_MANY_PARTS", "The upload has far more parts than " + maxFiles + " files and their fields");
        }
        if (event instanceof FilePartEvent file && !file.filename().isEmpty()) {
            return file(event.name(), file.filename(), all);
        }
        if (event instanceof FormPartEvent form) {
            if (TEXT_FIELDS.contains(form.name()) && !TextInput.storable(form.value())) {
                unstorableFields.add(form.name());
            } else if (TEXT_FIELDS.contains(form.name())) {
                fields.put(form.name(), form.value());
            } else {
                unknownFields.add(form.name());
            }
        }
        return drain(all);
    }

    private Flux<Void> file(String field, String rawFilename, Flux<PartEvent> all) {
        if (!FILE_FIELDS.contains(field)) {
            unknownFields.add(field);
            return drain(all);
        }
        fileParts++;
        if (fileParts > maxFiles) {
            return drain(all);
        }
        String filename = filename(rawFilename);
        if (InterviewFormat.ofFilename(filename).map(InterviewFormat::isMedia).orElse(false)) {
            return recording(filename, all);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        boolean[] tooLarge = {false};
        return all.doOnNext(event -> {
                    DataBuffer buffer = event.content();
                    try {
                        count(buffer);
                        if (!tooLarge[0] && content.size() + buffer.readableByteCount() > maxFileSize) {
                            tooLarge[0] = true;
                            content.reset();
                        }
                        if (!tooLarge[0]) {
                            byte[] bytes = new byte[buffer.readableByteCount()];
                            buffer.read(bytes);
                            content.writeBytes(bytes);
                        }
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .thenMany(Flux.<Void>empty())
                .doOnComplete(() -> files.add(
                        tooLarge[0]
                                ? new ReceivedFile(filename, null, null, 0, null, true)
                                : new ReceivedFile(
                                        filename, content.toByteArray(), null, content.size(), null, false)));
    }

    /** Streams a recording to a staging file: buffers are written as they arrive and released once written. */
    private Flux<Void> recording(String filename, Flux<PartEvent> all) {
        MessageDigest digest = sha256();
        long[] size = {0};
        boolean[] tooLarge = {false};
        return Mono.fromCallable(stager)
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(staged::add)
                .flatMapMany(path -> {
                    Flux<DataBuffer> content = all.map(PartEvent::content).filter(buffer -> {
                        int n = buffer.readableByteCount();
                        mediaBytes += n;
                        if (mediaBytes > maxMediaRequest) {
                            DataBufferUtils.release(buffer);
                            throw requestTooLarge(DataSize.ofBytes(maxMediaRequest));
                        }
                        if (tooLarge[0] || size[0] + n > maxMediaSize) {
                            tooLarge[0] = true;
                            DataBufferUtils.release(buffer);
                            return false;
                        }
                        size[0] += n;
                        try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
                            views.forEachRemaining(digest::update);
                        }
                        return true;
                    });
                    return DataBufferUtils.write(content, path, StandardOpenOption.WRITE)
                            .then(Mono.fromRunnable(() -> files.add(
                                    tooLarge[0]
                                            ? new ReceivedFile(filename, null, null, size[0], null, true)
                                            : new ReceivedFile(
                                                    filename,
                                                    null,
                                                    path,
                                                    size[0],
                                                    HexFormat.of().formatHex(digest.digest()),
                                                    false))))
                            .thenMany(Flux.<Void>empty());
                });
    }

    private Flux<Void> drain(Flux<PartEvent> all) {
        return all.doOnNext(event -> {
                    DataBuffer buffer = event.content();
                    try {
                        count(buffer);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .thenMany(Flux.empty());
    }

    private void count(DataBuffer buffer) {
        totalBytes += buffer.readableByteCount();
        if (totalBytes > maxRequestSize) {
            throw requestTooLarge(DataSize.ofBytes(maxRequestSize));
        }
    }

    private Received finish() {
        if (!unstorableFields.isEmpty()) {
            throw TextInput.invalid(unstorableFields.get(0));
        }
        if (!unknownFields.isEmpty()) {
            throw DomainException.invalid(
                    "UNKNOWN_FIELD",
                    "Unknown form field '" + unknownFields.get(0) + "'; expected files, participant, language");
        }
        if (fileParts > maxFiles) {
            throw DomainException.invalid(
                    "TOO_MANY_FILES",
                    "An upload may hold at most " + maxFiles + " files; this one has " + fileParts
                            + ". Nothing was stored");
        }
        if (files.isEmpty()) {
            throw DomainException.invalid("NO_FILES", "Attach at least one transcript file in the 'files' field");
        }
        discardUnused();
        return new Received(Map.copyOf(fields), List.copyOf(files));
    }

    /** Deletes staging files whose recording was too large; the others go on to ingestion. */
    private void discardUnused() {
        List<Path> kept =
                files.stream().map(ReceivedFile::staged).filter(p -> p != null).toList();
        staged.stream().filter(p -> !kept.contains(p)).forEach(MultipartUpload::delete);
    }

    /** Deletes the staging file of a received recording that will not be ingested. */
    static void discard(ReceivedFile file) {
        if (file.staged() != null) {
            delete(file.staged());
        }
    }

    private void discardStaged() {
        staged.forEach(MultipartUpload::delete);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // removed at the next start
        }
    }

    static String tooLargeReason(long limit) {
        return "the file is larger than the limit of " + human(limit);
    }

    static DomainException tooLarge(String filename, long limit) {
        return UploadError.FILE_TOO_LARGE.exception(filename, tooLargeReason(limit));
    }

    /** The name without client directories or control characters, at most 255 characters (extension kept). */
    static String filename(String raw) {
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "upload";
        }
        if (name.length() > MAX_FILENAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME - extension.length()) + extension;
        }
        return name;
    }

    static String human(long bytes) {
        if (bytes % (1024L * 1024 * 1024) == 0) {
            return (bytes / (1024L * 1024 * 1024)) + " GB";
        }
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static Throwable malformed(Throwable error) {
        return DomainException.invalid("INVALID_MULTIPART", "The request is not a readable multipart/form-data upload");
    }
}
