package com.theogen.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Port: turns a {@link TheoryReport} into one file format. Implementations are stateless Spring beans
 * (one per {@link ExportFormat}) and safe to call from several threads at once; rendering is blocking
 * and CPU-bound, so callers on the web edge run it on the blocking bridge or in a job.
 */
public interface ExportRenderer {

    /** The format this renderer writes. */
    ExportFormat format();

    /** The media type of the file, e.g. {@code application/pdf}. */
    default String contentType() {
        return format().contentType();
    }

    /** The file name extension without a dot, e.g. {@code pdf}. */
    default String fileExtension() {
        return format().extension();
    }

    /**
     * Writes the complete file for {@code report} to {@code out}. Deterministic for a given report apart
     * from the format's own timestamps. Does not close {@code out}.
     *
     * @param report the report to render; not null
     * @param out where the file's bytes go; not null
     * @throws IOException only when writing to {@code out} fails
     */
    void render(TheoryReport report, OutputStream out) throws IOException;
}
