package com.theogen.export.internal;

import java.nio.charset.StandardCharsets;

/**
 * A readable plain-text transcript: an optional project header, then per interview a title, optional metadata
 * and one paragraph per fragment as {@code [times] Speaker: text}, with its codes on the next line.
 */
final class TxtTranscriptWriter {

    private static final String RULE = "=".repeat(72);

    private TxtTranscriptWriter() {}

    static byte[] write(TranscriptSet set) {
        Labels labels = Labels.of(set.language());
        StringBuilder out = new StringBuilder();
        out.append(labels.get(ReportLabel.TRANSCRIPTS))
                .append(" — ")
                .append(set.projectTitle())
                .append('\n');
        if (set.metadata()) {
            out.append(labels.get(ReportLabel.EXPORTED_AT))
                    .append(": ")
                    .append(labels.dateTime(set.exportedAt()))
                    .append('\n');
            out.append(labels.get(ReportLabel.INTERVIEWS))
                    .append(": ")
                    .append(set.interviews().size())
                    .append('\n');
        }
        if (set.interviews().isEmpty()) {
            out.append('\n').append(labels.get(ReportLabel.NO_INTERVIEWS)).append('\n');
        }
        for (TranscriptSet.Interview interview : set.interviews()) {
            interview(out, interview, set, labels);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void interview(
            StringBuilder out, TranscriptSet.Interview interview, TranscriptSet set, Labels labels) {
        out.append('\n').append(RULE).append('\n');
        out.append(labels.get(ReportLabel.INTERVIEW))
                .append(": ")
                .append(interview.summary().participant())
                .append('\n');
        if (set.metadata()) {
            for (String[] row : TranscriptSet.metadataRows(interview.summary(), labels)) {
                out.append(row[0]).append(": ").append(row[1]).append('\n');
            }
        }
        out.append(RULE).append('\n');
        if (interview.lines().isEmpty()) {
            out.append('\n').append(labels.get(ReportLabel.NO_FRAGMENTS)).append('\n');
        }
        for (TranscriptSet.Line line : interview.lines()) {
            out.append('\n');
            String clock = set.timestamps() ? TranscriptSet.clock(line.fragment()) : "";
            if (!clock.isEmpty()) {
                out.append(clock).append(' ');
            }
            if (line.fragment().speaker() != null) {
                out.append(line.fragment().speaker()).append(": ");
            }
            out.append(line.fragment().text()).append('\n');
            if (set.codes() && !line.codes().isEmpty()) {
                out.append("    ")
                        .append(labels.get(ReportLabel.CODES))
                        .append(": ")
                        .append(String.join("; ", line.codes()))
                        .append('\n');
            }
        }
    }
}
