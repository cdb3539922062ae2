package com.theogen.export;

/**
 * A file produced on request and not kept (interview, codebook and agreement exports).
 *
 * @param fileName the readable download name (may contain any Unicode letter)
 * @param asciiFileName an ASCII-only fallback name
 */
public record ExportDocument(byte[] content, String contentType, String fileName, String asciiFileName) {

    /**
     * A document named {@code <title>-<what>.<ext>}: the title made safe as a file name ({@link
     * ExportFormat#readable}), and its ASCII slug as the fallback name, {@code fallback} when the slug is empty.
     *
     * @param title the project's name; may be blank (the name is then {@code what} alone)
     * @param what what the file holds, in the report language (e.g. "libro de códigos")
     */
    public static ExportDocument named(byte[] content, FileFormat format, String title, String what, String fallback) {
        String readable = ExportFormat.readable(title == null ? "" : title);
        String base = readable.isEmpty() ? what : readable + "-" + what;
        String ascii = ExportFormat.slug(base);
        String ext = "." + format.extension();
        return new ExportDocument(
                content, format.contentType(), base + ext, (ascii.isEmpty() ? fallback : ascii) + ext);
    }
}
