package com.theogen.exchange.internal;

import com.theogen.coding.Coder;
import com.theogen.coding.CodingTransfer;
import com.theogen.coding.CodingTransfer.ApplicationEntry;
import com.theogen.coding.CodingTransfer.CodeEntry;
import com.theogen.coding.CodingTransfer.MemoEntry;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.ProjectRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code project.qde} of an export, in the element order Project.xsd requires: Users, CodeBook, Variables,
 * Cases, Sources, Notes, then notes of the project as a whole. Positions are Unicode code points of the source
 * text (REFI-QDA 1.5 §10.2), end exclusive.
 */
final class QdeDocument {

    static final String ORIGIN = "TheoGen";

    private final ProjectRef project;
    private final CodingTransfer.Contents contents;
    private final List<InterviewSummary> interviews;
    private final Map<UUID, String> texts;
    private final Map<UUID, List<Attribute>> attributes;
    private final Map<UUID, Integer> fragmentStarts;
    private final Instant now;

    QdeDocument(
            ProjectRef project,
            CodingTransfer.Contents contents,
            List<InterviewSummary> interviews,
            Map<UUID, String> texts,
            Map<UUID, List<Attribute>> attributes,
            Map<UUID, Integer> fragmentStarts,
            Instant now) {
        this.project = project;
        this.contents = contents;
        this.interviews = interviews;
        this.texts = texts;
        this.attributes = attributes;
        this.fragmentStarts = fragmentStarts;
        this.now = now;
    }

    void write(XmlOut xml) {
        xml.root("Project", Refi.PROJECT_NS)
                .attr("name", project.name())
                .attr("origin", ORIGIN)
                .attr("creatingUserGUID", project.ownerId())
                .attr("modifiedDateTime", now.toString());
        users(xml);
        if (!contents.codes().isEmpty()) {
            xml.start("CodeBook").start("Codes");
            codes(xml, contents.codes(), null, notesBy(MemoEntry::codeId));
            xml.end().end();
        }
        Map<String, String> variables = variables();
        if (!variables.isEmpty()) {
            xml.start("Variables");
            variables.forEach((name, type) -> xml.start("Variable")
                    .attr("guid", variableGuid(name))
                    .attr("name", name)
                    .attr("typeOfVariable", type)
                    .end());
            xml.end();
            cases(xml);
        }
        if (!interviews.isEmpty()) {
            xml.start("Sources");
            Map<UUID, List<UUID>> notes = notesBy(MemoEntry::interviewId);
            Map<UUID, List<ApplicationEntry>> byInterview = new LinkedHashMap<>();
            contents.applications().forEach(a -> byInterview
                    .computeIfAbsent(a.interviewId(), k -> new ArrayList<>())
                    .add(a));
            for (InterviewSummary interview : interviews) {
                source(xml, interview, byInterview.getOrDefault(interview.id(), List.of()), notes);
            }
            xml.end();
        }
        if (!contents.memos().isEmpty()) {
            xml.start("Notes");
            for (MemoEntry memo : contents.memos()) {
                xml.start("Note")
                        .attr("guid", memo.id())
                        .attr("name", memo.title())
                        .attr("creatingUser", memo.coderId())
                        .attr("creationDateTime", memo.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        .text("PlainTextContent", memo.body())
                        .end();
            }
            xml.end();
        }
        for (MemoEntry memo : contents.memos()) {
            if (memo.codeId() == null && memo.interviewId() == null) {
                xml.start("NoteRef").attr("targetGUID", memo.id()).end();
            }
        }
        xml.end();
    }

    private void users(XmlOut xml) {
        Set<UUID> used = new HashSet<>();
        contents.applications().forEach(a -> used.add(a.coderId()));
        contents.memos().forEach(m -> used.add(m.coderId()));
        List<Coder> coders =
                contents.coders().stream().filter(c -> used.contains(c.id())).toList();
        if (coders.isEmpty()) {
            return;
        }
        xml.start("Users");
        coders.forEach(c -> xml.start("User")
                .attr("guid", c.id())
                .attr("name", c.displayName())
                .attr("id", c.key())
                .end());
        xml.end();
    }

    /** Writes the codes under {@code parent} (null: the top), by label, each followed by its own children. */
    static void codes(XmlOut xml, List<CodeEntry> codes, UUID parent, Map<UUID, List<UUID>> notes) {
        for (CodeEntry code : codes) {
            if (!Objects.equals(code.parentId(), parent)) {
                continue;
            }
            xml.start("Code")
                    .attr("guid", code.id())
                    .attr("name", code.label())
                    .attr("isCodable", "true")
                    .attr("color", code.color());
            if (code.definition() != null && !code.definition().isBlank()) {
                xml.text("Description", code.definition());
            }
            notes.getOrDefault(code.id(), List.of())
                    .forEach(n -> xml.start("NoteRef").attr("targetGUID", n).end());
            codes(xml, codes, code.id(), notes);
            xml.end();
        }
    }

    private void source(
            XmlOut xml, InterviewSummary interview, List<ApplicationEntry> applications, Map<UUID, List<UUID>> notes) {
        String text = texts.get(interview.id());
        Positions positions = new Positions(text);
        xml.start("TextSource")
                .attr("guid", interview.id())
                .attr("name", interview.participant())
                .attr("plainTextPath", "internal://" + interview.id() + ".txt");
        for (ApplicationEntry a : applications) {
            int start = fragmentStarts.get(a.fragmentId()) + a.quoteStart();
            int end = fragmentStarts.get(a.fragmentId()) + a.quoteEnd();
            xml.start("PlainTextSelection")
                    .attr("guid", a.id())
                    .attr("name", name(text.substring(start, end)))
                    .attr("startPosition", positions.codePoint(start))
                    .attr("endPosition", positions.codePoint(end))
                    .attr("creatingUser", a.coderId());
            xml.start("Coding")
                    .attr("guid", Guids.derived("coding", a.id().toString()))
                    .attr("creatingUser", a.coderId());
            xml.start("CodeRef").attr("targetGUID", a.codeId()).end();
            xml.end();
            xml.end();
        }
        notes.getOrDefault(interview.id(), List.of())
                .forEach(n -> xml.start("NoteRef").attr("targetGUID", n).end());
        xml.end();
    }

    private void cases(XmlOut xml) {
        xml.start("Cases");
        for (InterviewSummary interview : interviews) {
            List<Attribute> values = attributes.getOrDefault(interview.id(), List.of());
            if (values.isEmpty()) {
                continue;
            }
            xml.start("Case")
                    .attr("guid", Guids.derived("case", interview.id().toString()))
                    .attr("name", interview.participant());
            for (Attribute a : values) {
                xml.start("VariableValue");
                xml.start("VariableRef")
                        .attr("targetGUID", variableGuid(a.name()))
                        .end();
                xml.text(valueElement(a), a.value());
                xml.end();
            }
            xml.start("SourceRef").attr("targetGUID", interview.id()).end();
            xml.end();
        }
        xml.end();
    }

    /** Attribute names across interviews (by name, ignoring case), each with the REFI type of its first value. */
    private Map<String, String> variables() {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        attributes.values().stream()
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)))
                .forEach(a -> {
                    String key = a.name().toLowerCase(Locale.ROOT);
                    names.putIfAbsent(key, a.name());
                    byKey.putIfAbsent(key, refiType(a));
                });
        Map<String, String> result = new LinkedHashMap<>();
        byKey.forEach((key, type) -> result.put(names.get(key), type));
        return result;
    }

    private String variableGuid(String name) {
        return Guids.derived("variable", project.id().toString(), name.toLowerCase(Locale.ROOT));
    }

    private static String refiType(Attribute a) {
        return switch (a.type()) {
            case BOOLEAN -> "Boolean";
            case INTEGER -> "Integer";
            case FLOAT -> "Float";
            case DATE -> "Date";
            case DATETIME -> "DateTime";
            case TEXT -> "Text";
        };
    }

    private static String valueElement(Attribute a) {
        return refiType(a) + "Value";
    }

    private Map<UUID, List<UUID>> notesBy(java.util.function.Function<MemoEntry, UUID> link) {
        Map<UUID, List<UUID>> notes = new LinkedHashMap<>();
        contents.memos().forEach(m -> {
            UUID target = link.apply(m);
            if (target != null) {
                notes.computeIfAbsent(target, k -> new ArrayList<>()).add(m.id());
            }
        });
        return notes;
    }

    private static String name(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine;
    }

    /** UTF-16 indices to code points of one text. */
    private static final class Positions {
        private final String text;
        private final boolean bmp;

        Positions(String text) {
            this.text = text;
            this.bmp = text.codePointCount(0, text.length()) == text.length();
        }

        int codePoint(int utf16) {
            return bmp ? utf16 : text.codePointCount(0, utf16);
        }
    }
}
