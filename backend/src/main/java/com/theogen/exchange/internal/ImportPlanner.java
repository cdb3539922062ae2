package com.theogen.exchange.internal;

import com.theogen.coding.CodingTransfer.ImportedCode;
import com.theogen.coding.CodingTransfer.ImportedCoder;
import com.theogen.exchange.ExchangeError;
import com.theogen.exchange.ImportSummary;
import com.theogen.exchange.internal.ImportPlan.PlannedCoding;
import com.theogen.exchange.internal.ImportPlan.PlannedMemo;
import com.theogen.exchange.internal.ImportPlan.PlannedSelection;
import com.theogen.exchange.internal.ImportPlan.PlannedSource;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.shared.DomainException;
import com.theogen.shared.StrictUtf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a read REFI-QDA file against its archive and turns it into an {@link ImportPlan}: every text source is
 * present and UTF-8, every selection lies inside its source (code points, REFI-QDA 1.5 §10.2), every reference
 * names something; anything wrong is a 4xx naming it, before a single row is written.
 */
final class ImportPlanner {

    static final String UNATTRIBUTED = "UNATTRIBUTED";
    private static final int MAX_WARNINGS = 50;
    private static final Set<String> DOCUMENTS = Set.of("docx", "pdf");

    private final Refi.Project project;
    private final QdpxArchive archive;
    private final Map<String, Refi.User> users = new LinkedHashMap<>();
    private final Set<String> codeGuids = new HashSet<>();
    private final Set<String> codersUsed = new LinkedHashSet<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> noteSource = new HashMap<>();
    private final Map<String, String> noteCode = new HashMap<>();
    private final List<PlannedMemo> comments = new ArrayList<>();
    private int codings;
    private int selections;

    private ImportPlanner(Refi.Project project, QdpxArchive archive) {
        this.project = project;
        this.archive = archive;
        project.users().forEach(u -> users.putIfAbsent(u.guid(), u));
        project.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
    }

    /** Plans a project import; {@code archive} is null for a codebook ({@code .qdc}). */
    static ImportPlan plan(Refi.Project project, QdpxArchive archive) {
        return new ImportPlanner(project, archive).plan();
    }

    private ImportPlan plan() {
        List<ImportedCode> codes = new ArrayList<>();
        project.codes().forEach(c -> flatten(c, null, codes));
        Map<String, List<Attribute>> attributes = AttributePlanner.bySource(project, warnings::add);
        List<PlannedSource> sources = new ArrayList<>();
        Set<String> sourceGuids = new HashSet<>();
        int documents = 0;
        for (Refi.Source source : project.sources()) {
            if (!sourceGuids.add(source.guid())) {
                throw QdeReader.invalid("the GUID " + source.guid() + " names two sources");
            }
            PlannedSource planned = source(source, attributes.getOrDefault(source.guid(), List.of()));
            if (planned != null) {
                sources.add(planned);
                documents += planned.text() == null ? 1 : 0;
                source.noteRefs().forEach(n -> noteSource.putIfAbsent(n, source.guid()));
            }
        }
        project.codes().forEach(this::codeNotes);
        List<PlannedMemo> memos = memos();
        List<ImportedCoder> coders = codersUsed.stream().map(this::coder).toList();
        int attributeCount = attributes.values().stream().mapToInt(List::size).sum();
        ImportSummary summary = new ImportSummary(
                project.origin(),
                sources.size() - documents,
                documents,
                codes.size(),
                selections,
                codings,
                coders.size(),
                memos.size(),
                attributeCount,
                skipped,
                List.copyOf(warnings));
        return new ImportPlan(project.name(), project.description(), sources, coders, codes, memos, summary);
    }

    private void flatten(Refi.Code code, String parent, List<ImportedCode> out) {
        if (!codeGuids.add(code.guid())) {
            throw QdeReader.invalid("the GUID " + code.guid() + " names two codes");
        }
        if (!code.codable()) {
            warn("code '" + code.name() + "' is a folder (not codable) in its tool; it becomes an ordinary code");
        }
        out.add(new ImportedCode(code.guid(), parent, code.name(), code.description(), color(code)));
        code.children().forEach(child -> flatten(child, code.guid(), out));
    }

    private String color(Refi.Code code) {
        String color = code.color() == null ? null : code.color().strip();
        if (color == null || color.isEmpty()) {
            return null;
        }
        if (color.matches("#[0-9A-Fa-f]{6}")) {
            return color.toUpperCase(Locale.ROOT);
        }
        if (color.matches("#[0-9A-Fa-f]{3}")) {
            StringBuilder six = new StringBuilder("#");
            color.substring(1).chars().forEach(c -> six.append((char) c).append((char) c));
            return six.toString().toUpperCase(Locale.ROOT);
        }
        warn("code '" + code.name() + "' has colour '" + color + "', which is not #RGB or #RRGGBB; it is dropped");
        return null;
    }

    private PlannedSource source(Refi.Source source, List<Attribute> attributes) {
        String name = source.name() == null || source.name().isBlank()
                ? "Source " + source.guid().substring(0, 8)
                : source.name().strip();
        return switch (source.kind()) {
            case "TextSource" -> textSource(source, name, attributes);
            case "PDFSource" ->
                source.representation() != null
                        ? textSource(withName(source.representation(), name, source), name, attributes)
                        : document(source, name, source.path(), attributes);
            default -> {
                skipped.merge(source.kind(), 1, Integer::sum);
                yield null;
            }
        };
    }

    private static Refi.Source withName(Refi.Source representation, String name, Refi.Source pdf) {
        List<String> notes = new ArrayList<>(pdf.noteRefs());
        notes.addAll(representation.noteRefs());
        return new Refi.Source(
                "TextSource",
                pdf.guid(),
                name,
                representation.plainTextPath(),
                representation.plainTextContent(),
                null,
                null,
                representation.description(),
                representation.creatingUser(),
                representation.selections(),
                representation.values(),
                notes,
                null);
    }

    private PlannedSource textSource(Refi.Source source, String name, List<Attribute> attributes) {
        String text;
        if (source.plainTextContent() != null) {
            text = source.plainTextContent();
        } else if (source.plainTextPath() != null) {
            text = decode(name, readInternal(name, source.plainTextPath()));
        } else if (source.richTextPath() != null && source.selections().isEmpty()) {
            return document(source, name, source.richTextPath(), attributes);
        } else {
            throw new DomainException(
                    ExchangeError.SOURCE_MISSING,
                    "source '" + name + "' has neither PlainTextContent nor a plainTextPath",
                    Map.of("source", name));
        }
        CodePoints positions = new CodePoints(text);
        List<PlannedSelection> planned = new ArrayList<>();
        for (Refi.Selection selection : source.selections()) {
            PlannedSelection p = selection(source, name, selection, positions);
            if (p != null) {
                planned.add(p);
            }
        }
        if (source.description() != null && !source.description().isBlank()) {
            comments.add(new PlannedMemo(
                    coderOf(source.creatingUser(), null),
                    clip("About " + name),
                    source.description(),
                    source.guid(),
                    null));
        }
        return new PlannedSource(source.guid(), name, text, null, planned, attributes);
    }

    private PlannedSelection selection(Refi.Source source, String name, Refi.Selection s, CodePoints positions) {
        if (s.start() < 0 || s.end() < s.start() || s.end() > positions.count()) {
            throw new DomainException(
                    ExchangeError.SELECTION_OUTSIDE_SOURCE,
                    "selection " + s.guid() + " of source '" + name + "' spans code points " + s.start() + " to "
                            + s.end() + ", but the source has " + positions.count(),
                    Map.of("selection", s.guid(), "source", name, "source_length", positions.count()));
        }
        s.noteRefs().forEach(n -> noteSource.putIfAbsent(n, source.guid()));
        if (s.description() != null && !s.description().isBlank()) {
            String quote = s.name() == null ? "" : s.name();
            comments.add(new PlannedMemo(
                    coderOf(s.creatingUser(), null),
                    clip("Comment on «" + (quote.length() > 60 ? quote.substring(0, 60) + "…" : quote) + "»"),
                    s.description(),
                    source.guid(),
                    null));
        }
        if (s.start() == s.end()) {
            warn("selection " + s.guid() + " of '" + name + "' is empty; it is not kept");
            return null;
        }
        List<PlannedCoding> codes = new ArrayList<>();
        for (Refi.Coding coding : s.codings()) {
            if (!codeGuids.contains(coding.codeGuid())) {
                throw QdeReader.invalid("coding " + coding.guid() + " in source '" + name + "' refers to code "
                        + coding.codeGuid() + ", which the codebook does not define");
            }
            codes.add(new PlannedCoding(coding.codeGuid(), coderOf(coding.creatingUser(), s.creatingUser())));
        }
        selections++;
        codings += codes.size();
        return new PlannedSelection(s.guid(), positions.utf16((int) s.start()), positions.utf16((int) s.end()), codes);
    }

    private PlannedSource document(Refi.Source source, String name, String path, List<Attribute> attributes) {
        String file = internalName(name, path);
        String extension =
                file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!DOCUMENTS.contains(extension) || !archive.hasSource(file)) {
            throw new DomainException(
                    ExchangeError.SOURCE_MISSING,
                    "source '" + name + "' has no plain text and its document " + path
                            + (DOCUMENTS.contains(extension) ? " is not in the archive" : " is not a .docx or .pdf"),
                    Map.of("source", name));
        }
        if (!source.selections().isEmpty()) {
            skipped.merge(
                    "selection on a document without plain text",
                    source.selections().size(),
                    Integer::sum);
        }
        return new PlannedSource(source.guid(), name, null, file, List.of(), attributes);
    }

    private byte[] readInternal(String source, String path) {
        String file = internalName(source, path);
        if (!archive.hasSource(file)) {
            throw new DomainException(
                    ExchangeError.SOURCE_MISSING,
                    "source '" + source + "' points to " + path + ", which is not in the archive's sources folder",
                    Map.of("source", source, "path", path));
        }
        return archive.source(file);
    }

    /** The file name of an {@code internal://} path; anything else is not in the archive. */
    private String internalName(String source, String path) {
        if (archive == null) {
            throw new DomainException(
                    ExchangeError.SOURCE_MISSING, "a codebook file cannot hold sources", Map.of("source", source));
        }
        String prefix = "internal://";
        if (!path.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new DomainException(
                    ExchangeError.SOURCE_MISSING,
                    "source '" + source + "' points to " + path + ", a file outside the archive",
                    Map.of("source", source, "path", path));
        }
        String name = path.substring(prefix.length());
        if (name.isEmpty()
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.chars().anyMatch(c -> c < 0x20)) {
            throw new DomainException(
                    ExchangeError.UNSAFE_PATH,
                    "source '" + source + "' points to " + path + ", which leaves the archive's sources folder",
                    Map.of("source", source, "path", path));
        }
        return name;
    }

    private static String decode(String source, byte[] bytes) {
        return StrictUtf8.decode(bytes)
                .orElseThrow(() -> new DomainException(
                        ExchangeError.SOURCE_NOT_TEXT,
                        "source '" + source + "' is not UTF-8 text (REFI-QDA plain-text sources are UTF-8)",
                        Map.of("source", source)));
    }

    private void codeNotes(Refi.Code code) {
        code.noteRefs().forEach(n -> noteCode.putIfAbsent(n, code.guid()));
        code.children().forEach(this::codeNotes);
    }

    private List<PlannedMemo> memos() {
        List<PlannedMemo> memos = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Refi.Note note : project.notes()) {
            if (!seen.add(note.guid())) {
                throw QdeReader.invalid("the GUID " + note.guid() + " names two notes");
            }
            String body = note.content() != null
                    ? note.content()
                    : note.plainTextPath() != null
                            ? decode("note " + note.guid(), readInternal("note", note.plainTextPath()))
                            : "";
            String title = note.name() != null && !note.name().isBlank() ? note.name() : firstLine(body);
            memos.add(new PlannedMemo(
                    coderOf(note.creatingUser(), null),
                    clip(title),
                    body,
                    noteSource.get(note.guid()),
                    noteCode.get(note.guid())));
        }
        memos.addAll(comments);
        return memos;
    }

    private String coderOf(String first, String second) {
        String guid = first != null ? first : second != null ? second : project.creatingUser();
        String coder = guid == null ? UNATTRIBUTED : guid;
        codersUsed.add(coder);
        return coder;
    }

    private ImportedCoder coder(String guid) {
        if (guid.equals(UNATTRIBUTED)) {
            return new ImportedCoder(guid, "unattributed", "Unattributed (imported)");
        }
        Refi.User user = users.get(guid);
        String name =
                user == null || user.name() == null || user.name().isBlank() ? "Imported user " + guid : user.name();
        return new ImportedCoder(guid, guid, name);
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "Note" : line;
    }

    private static String clip(String title) {
        String clean = title.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return "Note";
        }
        return clean.length() > 200 ? clean.substring(0, 199) + "…" : clean;
    }

    private void warn(String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        }
    }

    /** Code point positions to UTF-16 indices of one text. */
    private static final class CodePoints {
        private final String text;
        private final int count;
        private final boolean bmp;

        CodePoints(String text) {
            this.text = text;
            this.count = text.codePointCount(0, text.length());
            this.bmp = count == text.length();
        }

        int count() {
            return count;
        }

        int utf16(int codePoint) {
            return bmp ? codePoint : text.offsetByCodePoints(0, codePoint);
        }
    }
}
