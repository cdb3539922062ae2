package com.theogen.export.internal;

import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.time.Instant;
import java.util.List;

/**
 * The interviews of one transcript export with what the request asked to show; writers print exactly this.
 *
 * @param metadata show the project and interview headers
 * @param codes show each fragment's codes
 * @param timestamps show each fragment's times
 */
public record TranscriptSet(
        String projectTitle,
        Language language,
        Instant exportedAt,
        boolean metadata,
        boolean codes,
        boolean timestamps,
        List<Interview> interviews) {

    public TranscriptSet {
        interviews = List.copyOf(interviews);
    }

    /** One interview with its fragments in order. */
    public record Interview(InterviewSummary summary, List<Line> lines) {
        public Interview {
            lines = List.copyOf(lines);
        }
    }

    /** One fragment with the labels of the codes applied to it (empty when none, or codes are off). */
    public record Line(Fragment fragment, List<String> codes) {
        public Line {
            codes = List.copyOf(codes);
        }
    }

    /** {@code [mm:ss]} or {@code [h:mm:ss]} for a fragment's start (and end), or "" without times. */
    public static String clock(Fragment fragment) {
        if (fragment.startMs() == null) {
            return "";
        }
        String start = clock(fragment.startMs());
        return fragment.endMs() == null ? "[" + start + "]" : "[" + start + "–" + clock(fragment.endMs()) + "]";
    }

    static String clock(long ms) {
        long seconds = ms / 1000;
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    /** The language the interview is spoken in when it is determined (ADR 044), else the declared one. */
    public static String spokenOrDeclared(InterviewSummary summary) {
        SpokenLanguage spoken = summary.spokenLanguage();
        return spoken == null || spoken == SpokenLanguage.UND
                ? summary.language().code()
                : spoken.code();
    }

    /** The metadata of an interview as label/value pairs, in the report language. */
    public static List<String[]> metadataRows(InterviewSummary summary, Labels labels) {
        return List.of(
                new String[] {labels.get(ReportLabel.PARTICIPANT), summary.participant()},
                new String[] {labels.get(ReportLabel.SOURCE_FILE), summary.sourceFilename()},
                new String[] {labels.get(ReportLabel.LANGUAGE), spokenOrDeclared(summary)},
                new String[] {labels.get(ReportLabel.WORDS), labels.integer(summary.wordCount())},
                new String[] {labels.get(ReportLabel.FRAGMENTS), labels.integer(summary.fragmentCount())},
                new String[] {labels.get(ReportLabel.SPEAKERS), String.join(", ", summary.speakers())},
                new String[] {labels.get(ReportLabel.UPLOADED_AT), labels.dateTime(summary.createdAt())});
    }
}
