package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * What to export of a project's interviews.
 *
 * @param interviewIds the interviews to export, in the order given; empty means every interview of the project in
 *     upload order
 * @param metadata include a header per interview (participant, source file, language, counts, speakers, upload
 *     date) and one for the project
 * @param codes include the codes applied to each fragment (none when the project has no coding yet)
 * @param timestamps include each fragment's start and end time when the source had them
 */
public record InterviewExportRequest(
        InterviewExportFormat format,
        List<java.util.UUID> interviewIds,
        boolean metadata,
        boolean codes,
        boolean timestamps) {

    public InterviewExportRequest {
        Objects.requireNonNull(format, "format");
        interviewIds = interviewIds == null ? List.of() : List.copyOf(interviewIds);
    }
}
