package com.theogen.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewUpload;
import com.theogen.interview.internal.parsing.ParsedFragment;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.interview.internal.parsing.TranscriptParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demo data as shipped, through the same parser as uploads: the offset contract holds for every fragment,
 * and the project is what the issue promised (8+ interviews, Spanish and English, several formats, 1,500–4,000
 * words each, interviewer and participant told apart).
 */
class DemoTranscriptsTest {

    private static final int MAX = 1000;
    private final DemoCatalog catalog = new DemoCatalog();
    private final TranscriptParser parser = new TranscriptParser(MAX);

    @Test
    void everyDemoFragmentIsExactlyItsSliceOfTheFullText() {
        for (InterviewUpload upload : catalog.uploads()) {
            ParsedTranscript t = parser.parse(upload.filename(), upload.content());
            int previousEnd = 0;
            for (ParsedFragment f : t.fragments()) {
                assertThat(t.fullText().substring(f.charStart(), f.charEnd()))
                        .as(upload.filename() + " #" + f.ordinal())
                        .isEqualTo(f.text());
                assertThat(f.charStart()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(f.text().length()).isLessThanOrEqualTo(MAX);
                previousEnd = f.charEnd();
            }
        }
    }

    @Test
    void demoIsABilingualMultiFormatStudyOfRealisticLength() {
        Set<InterviewFormat> formats = new TreeSet<>();
        List<String> languages = new ArrayList<>();
        assertThat(catalog.uploads()).hasSizeGreaterThanOrEqualTo(8);
        for (InterviewUpload upload : catalog.uploads()) {
            ParsedTranscript t = parser.parse(upload.filename(), upload.content());
            formats.add(t.format());
            languages.add(upload.language().code());
            assertThat(t.wordCount()).as(upload.filename()).isBetween(1500, 4000);
            assertThat(t.detectedLanguage()).as(upload.filename()).isEqualTo(upload.language());
            assertThat(t.speakers()).as(upload.filename()).hasSize(2);
            long unattributed =
                    t.fragments().stream().filter(f -> f.speaker() == null).count();
            assertThat(unattributed).as(upload.filename()).isLessThanOrEqualTo(2);
        }
        assertThat(formats)
                .contains(
                        InterviewFormat.TXT,
                        InterviewFormat.MD,
                        InterviewFormat.DOCX,
                        InterviewFormat.VTT,
                        InterviewFormat.SRT,
                        InterviewFormat.JSON);
        assertThat(languages).contains("es", "en");
        assertThat(catalog.project().name()).containsIgnoringCase("demo");
    }
}
