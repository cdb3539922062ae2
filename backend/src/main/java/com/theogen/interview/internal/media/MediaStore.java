package com.theogen.interview.internal.media;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where recordings live: a port, so that an S3-compatible store can replace the local directory later (see
 * docs/adr/023-media-and-transcription.md). Keys are {@code <project-id>/<interview-id>/original.<ext>}; a
 * project's recordings share the prefix {@code <project-id>/}.
 *
 * <p>Uploads are first streamed to a staging file on local disk (probing needs a file), then {@linkplain #put
 * moved} into the store under their key once the interview row exists.
 */
public interface MediaStore {

    /** A new, empty staging file on local disk for an upload in progress; delete it when the upload fails. */
    Path newStagingFile() throws IOException;

    /** A new, empty local working directory (for decoding and splitting); remove it with {@link #deleteWork}. */
    Path newWorkDirectory() throws IOException;

    /** Moves {@code staged} into the store under {@code key}, replacing nothing: the key must be new. */
    void put(String key, Path staged) throws IOException;

    /** The stored recording's size in bytes. @throws java.nio.file.NoSuchFileException for an unknown key */
    long size(String key) throws IOException;

    /** Opens the stored recording for reading at any position (range requests). */
    SeekableByteChannel open(String key) throws IOException;

    /** A local file holding the recording, for tools that need a path (probing, decoding). */
    Path localFile(String key) throws IOException;

    /** Removes one recording; nothing happens for an unknown key. */
    void delete(String key) throws IOException;

    /** Removes the recording of one interview, whatever its extension; nothing happens when there is none. */
    void deleteInterview(UUID projectId, UUID interviewId) throws IOException;

    /** Removes every recording of a project; returns how many files went. */
    int deleteProject(UUID projectId) throws IOException;

    /** Removes a working directory made by {@link #newWorkDirectory}. */
    void deleteWork(Path directory);

    static String key(UUID projectId, UUID interviewId, String extension) {
        return projectId + "/" + interviewId + "/original." + extension;
    }
}
