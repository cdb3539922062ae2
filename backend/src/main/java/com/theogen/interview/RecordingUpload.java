package com.theogen.interview;

import com.theogen.shared.Language;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One recording as received: already streamed to a staging file on disk, with its size and checksum.
 *
 * @param filename the client's file name (directories already stripped)
 * @param staged the staging file; ingestion moves it into the media store or deletes it
 * @param sha256 hex checksum of the bytes, computed while they streamed in
 * @param participant pseudonym; {@code null} or blank derives one from the file name
 * @param language spoken language; {@code null} for the project's
 */
public record RecordingUpload(
        String filename, Path staged, long sizeBytes, String sha256, String participant, Language language) {

    public RecordingUpload {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(staged, "staged");
    }
}
