package com.theogen.export.internal.xlsx;

import com.theogen.export.internal.Labels;
import com.theogen.export.internal.ReportLabel;
import com.theogen.export.internal.TranscriptSet;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Interview transcripts as a workbook: a Fragments sheet with one row per fragment (interview, ordinal, speaker,
 * start/end ms when asked, text, codes when asked) and, with metadata, an Interviews sheet with one row per
 * interview. Typed cells, frozen headers, autofilter; streaming, so large projects stay in bounded memory.
 */
public final class TranscriptXlsxWriter {

    private static final int ROWS_IN_MEMORY = 200;

    private TranscriptXlsxWriter() {}

    public static byte[] write(TranscriptSet set) throws IOException {
        Labels labels = Labels.of(set.language());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            fragments(workbook, styles, set, labels);
            if (set.metadata()) {
                interviews(workbook, styles, set, labels);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fragments(SXSSFWorkbook workbook, WorkbookStyles styles, TranscriptSet set, Labels labels) {
        List<String> headers = new ArrayList<>(List.of(
                labels.get(ReportLabel.INTERVIEW), labels.get(ReportLabel.ORDINAL), labels.get(ReportLabel.SPEAKER)));
        if (set.timestamps()) {
            headers.add(labels.get(ReportLabel.START_MS));
            headers.add(labels.get(ReportLabel.END_MS));
        }
        headers.add(labels.get(ReportLabel.TEXT));
        if (set.codes()) {
            headers.add(labels.get(ReportLabel.CODES));
        }
        SheetTable table = new SheetTable(
                workbook.createSheet(labels.get(ReportLabel.FRAGMENTS)), styles, headers.toArray(String[]::new));
        for (TranscriptSet.Interview interview : set.interviews()) {
            for (TranscriptSet.Line line : interview.lines()) {
                Fragment f = line.fragment();
                table.row().text(interview.summary().participant()).integer(f.ordinal() + 1L);
                text(table, f.speaker());
                if (set.timestamps()) {
                    number(table, f.startMs());
                    number(table, f.endMs());
                }
                table.text(f.text());
                if (set.codes()) {
                    table.text(String.join("; ", line.codes()));
                }
            }
        }
        table.finish();
    }

    private static void interviews(SXSSFWorkbook workbook, WorkbookStyles styles, TranscriptSet set, Labels labels) {
        SheetTable table = SheetTable.labelled(
                workbook,
                styles,
                labels,
                ReportLabel.INTERVIEWS,
                ReportLabel.PARTICIPANT,
                ReportLabel.SOURCE_FILE,
                ReportLabel.LANGUAGE,
                ReportLabel.WORDS,
                ReportLabel.FRAGMENTS,
                ReportLabel.SPEAKERS,
                ReportLabel.UPLOADED_AT);
        for (TranscriptSet.Interview interview : set.interviews()) {
            InterviewSummary s = interview.summary();
            table.row()
                    .text(s.participant())
                    .text(s.sourceFilename())
                    .text(s.language().code())
                    .integer(s.wordCount())
                    .integer(s.fragmentCount())
                    .text(String.join(", ", s.speakers()))
                    .date(s.createdAt());
        }
        table.finish();
    }

    private static void text(SheetTable table, String value) {
        if (value == null) {
            table.blank();
        } else {
            table.text(value);
        }
    }

    private static void number(SheetTable table, Long value) {
        if (value == null) {
            table.blank();
        } else {
            table.integer(value);
        }
    }
}
