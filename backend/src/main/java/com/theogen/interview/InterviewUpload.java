package com.theogen.interview;

import com.theogen.shared.Language;
import java.util.Objects;

/**
 * One transcript file to ingest.
 *
 * @param filename the client's file name (directories already stripped); its extension selects the format
 * @param content the file's bytes
 * @param participant pseudonym of the participant; {@code null} or blank derives one from the file name
 * @param language transcript language; {@code null} detects it from the text, falling back to the project's
 */
public record InterviewUpload(String filename, byte[] content, String participant, Language language) {

    public InterviewUpload {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "InterviewUpload[filename=" + filename + ", bytes=" + content.length + ", language=" + language + "]";
    }
}
