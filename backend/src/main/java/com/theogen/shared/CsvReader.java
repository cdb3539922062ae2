package com.theogen.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by one delimiter character, records by CRLF, LF or CR; a quoted field
 * may hold delimiters, line breaks and doubled quotes. Each record knows the line it starts on (1-based).
 */
public final class CsvReader {

    /** One record: its cells and the physical line it starts on. */
    public record Record(int line, List<String> cells) {

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quote left open at the end of the text, or text after a closing quote. */
    public static final class Malformed extends RuntimeException {

        public final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private CsvReader() {}

    /** The delimiter of the first line: a semicolon when it has more semicolons than commas outside quotes. */
    public static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Reads every record, stopping (without error) once {@code limit} records have been read and one more starts.
     *
     * @return at most {@code limit + 1} records, so the caller can tell there were too many
     */
    public static List<Record> read(String text, char delimiter, int limit) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = 0;
        int n = text.length();
        boolean atRecordStart = true;
        while (i < n) {
            if (atRecordStart && records.size() > limit) {
                return records;
            }
            atRecordStart = false;
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                int opened = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(opened, "a quoted field opened on line " + opened + " is never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(q);
                    i++;
                }
                if (i < n) {
                    char after = text.charAt(i);
                    if (after != delimiter && after != '\n' && after != '\r') {
                        throw new Malformed(line, "text after a closing quote on line " + line);
                    }
                }
                continue;
            }
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Record(start, List.copyOf(cells)));
                cells.clear();
                line++;
                start = line;
                atRecordStart = true;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!atRecordStart) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
