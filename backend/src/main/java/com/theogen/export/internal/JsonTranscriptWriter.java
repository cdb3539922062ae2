package com.theogen.export.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Structured transcripts (snake_case JSON, like the API). Fields a toggle turns off are left out rather than
 * sent empty, so a consumer can tell "no codes" from "codes not exported".
 */
final class JsonTranscriptWriter {

    private JsonTranscriptWriter() {}

    static byte[] write(TranscriptSet set, ObjectMapper json) {
        List<InterviewJson> interviews =
                set.interviews().stream().map(i -> interview(i, set)).toList();
        Document document = new Document(
                set.projectTitle(),
                set.language().code(),
                set.metadata() ? set.exportedAt() : null,
                new Options(set.metadata(), set.codes(), set.timestamps()),
                interviews);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Transcript JSON could not be written", e);
        }
    }

    private static InterviewJson interview(TranscriptSet.Interview interview, TranscriptSet set) {
        InterviewSummary s = interview.summary();
        Metadata metadata = set.metadata()
                ? new Metadata(
                        s.sourceFilename(),
                        s.format().name().toLowerCase(java.util.Locale.ROOT),
                        s.language().code(),
                        s.spokenLanguage() == null ? null : s.spokenLanguage().code(),
                        s.wordCount(),
                        s.fragmentCount(),
                        s.speakers(),
                        s.hasTimestamps(),
                        s.createdAt())
                : null;
        List<FragmentJson> fragments =
                interview.lines().stream().map(line -> fragment(line, set)).toList();
        return new InterviewJson(s.id(), s.participant(), metadata, fragments);
    }

    private static FragmentJson fragment(TranscriptSet.Line line, TranscriptSet set) {
        Fragment f = line.fragment();
        return new FragmentJson(
                f.id(),
                f.ordinal(),
                f.speaker(),
                f.text(),
                set.timestamps() ? f.startMs() : null,
                set.timestamps() ? f.endMs() : null,
                set.codes() ? line.codes() : null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(
            String project, String language, Instant exportedAt, Options options, List<InterviewJson> interviews) {}

    record Options(boolean metadata, boolean codes, boolean timestamps) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InterviewJson(UUID id, String participant, Metadata metadata, List<FragmentJson> fragments) {}

    record Metadata(
            String sourceFilename,
            String format,
            String language,
            String spokenLanguage,
            int wordCount,
            int fragmentCount,
            List<String> speakers,
            boolean hasTimestamps,
            Instant uploadedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FragmentJson(
            UUID id, int ordinal, String speaker, String text, Long startMs, Long endMs, List<String> codes) {}
}
