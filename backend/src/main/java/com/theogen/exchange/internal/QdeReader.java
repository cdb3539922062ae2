package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeError;
import com.theogen.shared.DomainException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a REFI-QDA {@code project.qde} or {@code .qdc} as a stream (StAX), never building a DOM. DTDs are refused
 * outright (no entity is ever expanded, nothing external is fetched). Elements of other namespaces are skipped;
 * REFI elements TheoGen does not keep are counted.
 */
final class QdeReader {

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final String ns;
    private final Map<String, Integer> skipped = new TreeMap<>();

    private QdeReader(XMLStreamReader xml, String ns) {
        this.xml = xml;
        this.ns = ns;
    }

    /** Reads a project file ({@code Project} in {@value Refi#PROJECT_NS}). */
    static Refi.Project project(InputStream in) {
        return read(in, Refi.PROJECT_NS, "Project");
    }

    /** Reads a codebook file ({@code CodeBook} in {@value Refi#CODEBOOK_NS}) as a project with codes only. */
    static Refi.Project codebook(InputStream in) {
        return read(in, Refi.CODEBOOK_NS, "CodeBook");
    }

    private static Refi.Project read(InputStream in, String ns, String root) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            QdeReader reader = new QdeReader(xml, ns);
            reader.root(root);
            return root.equals("Project") ? reader.project() : reader.codebookRoot();
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    throw domain;
                }
            }
            throw malformed(e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that failed: nothing left to report
                }
            }
        }
    }

    private void root(String expected) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw doctype();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!expected.equals(xml.getLocalName()) || !ns.equals(xml.getNamespaceURI())) {
                    throw new DomainException(
                            ExchangeError.UNSUPPORTED_SCHEMA_VERSION,
                            "the file's root is <" + xml.getLocalName() + "> in namespace '"
                                    + (xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI())
                                    + "'; TheoGen reads REFI-QDA 1.0: <" + expected + "> in '" + ns + "'",
                            Map.of("namespace", xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI()));
                }
                return;
            }
        }
        throw new DomainException(ExchangeError.MALFORMED_XML, "the file holds no XML element");
    }

    private Refi.Project project() throws XMLStreamException {
        String name = attr("name");
        String origin = attr("origin");
        String creatingUser = optionalGuid("creatingUserGUID");
        List<Refi.User> users = new ArrayList<>();
        List<Refi.Code> codes = new ArrayList<>();
        List<Refi.Variable> variables = new ArrayList<>();
        List<Refi.Case> cases = new ArrayList<>();
        List<Refi.Source> sources = new ArrayList<>();
        List<Refi.Note> notes = new ArrayList<>();
        List<String> projectNotes = new ArrayList<>();
        String[] description = {null};
        children(child -> {
            switch (child) {
                case "Users" -> children(c -> users.add(user()), "User");
                case "CodeBook" -> children(c -> children(cc -> codes.add(code()), "Code"), "Codes");
                case "Variables" -> children(c -> variables.add(variable()), "Variable");
                case "Cases" -> children(c -> cases.add(caseOf()), "Case");
                case "Sources" -> children(c -> sources.add(source(c)));
                case "Notes" -> children(c -> notes.add(note()), "Note");
                case "Description" -> description[0] = text();
                case "NoteRef" -> projectNotes.add(ref());
                default -> skip(child);
            }
        });
        return new Refi.Project(
                name,
                origin,
                description[0],
                creatingUser,
                users,
                codes,
                variables,
                cases,
                sources,
                notes,
                projectNotes,
                skipped);
    }

    private Refi.Project codebookRoot() throws XMLStreamException {
        String origin = attr("origin");
        List<Refi.Code> codes = new ArrayList<>();
        children(child -> {
            if (child.equals("Codes")) {
                children(c -> codes.add(code()), "Code");
            } else {
                skip(child);
            }
        });
        return new Refi.Project(
                null, origin, null, null, List.of(), codes, List.of(), List.of(), List.of(), List.of(), List.of(),
                skipped);
    }

    private Refi.User user() throws XMLStreamException {
        Refi.User user = new Refi.User(guid(), attr("name"), attr("id"));
        skipContent();
        return user;
    }

    private Refi.Code code() throws XMLStreamException {
        String guid = guid();
        String name = required("name");
        String color = attr("color");
        boolean codable = !"false".equalsIgnoreCase(attr("isCodable"));
        List<Refi.Code> children = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] description = {null};
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "NoteRef" -> notes.add(ref());
                case "Code" -> children.add(code());
                default -> skip(child);
            }
        });
        return new Refi.Code(guid, name, color, description[0], codable, notes, children);
    }

    private Refi.Variable variable() throws XMLStreamException {
        String guid = guid();
        String name = required("name");
        String type = attr("typeOfVariable");
        String description = onlyChild("Description", this::text);
        return new Refi.Variable(guid, name, type == null ? "Text" : type, description);
    }

    private Refi.Case caseOf() throws XMLStreamException {
        String guid = guid();
        String name = attr("name");
        List<Refi.Value> values = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        children(child -> {
            switch (child) {
                case "VariableValue" -> values.add(value());
                case "SourceRef" -> sources.add(ref());
                default -> skip(child);
            }
        });
        return new Refi.Case(guid, name, values, sources);
    }

    private Refi.Value value() throws XMLStreamException {
        String[] variable = {null};
        String[] kind = {null};
        String[] value = {null};
        children(child -> {
            if (child.equals("VariableRef")) {
                variable[0] = ref();
            } else if (child.endsWith("Value")) {
                kind[0] = child;
                value[0] = text();
            } else {
                skip(child);
            }
        });
        if (variable[0] == null) {
            throw invalid("a VariableValue has no VariableRef");
        }
        return new Refi.Value(variable[0], kind[0], value[0]);
    }

    private Refi.Source source(String kind) throws XMLStreamException {
        String guid = guid();
        String name = attr("name");
        String plainTextPath = attr("plainTextPath");
        String richTextPath = attr("richTextPath");
        String path = attr("path");
        String creatingUser = optionalGuid("creatingUser");
        List<Refi.Selection> selections = new ArrayList<>();
        List<Refi.Value> values = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] description = {null};
        String[] content = {null};
        Refi.Source[] representation = {null};
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "PlainTextContent" -> content[0] = text();
                case "PlainTextSelection" -> selections.add(selection());
                case "VariableValue" -> values.add(value());
                case "NoteRef" -> notes.add(ref());
                case "Representation" -> representation[0] = source("TextSource");
                case "Coding" -> skip("Coding on a whole source");
                default -> skip(child);
            }
        });
        return new Refi.Source(
                kind,
                guid,
                name,
                plainTextPath,
                content[0],
                richTextPath,
                path,
                description[0],
                creatingUser,
                selections,
                values,
                notes,
                representation[0]);
    }

    private Refi.Selection selection() throws XMLStreamException {
        String guid = guid();
        String name = attr("name");
        long start = position("startPosition", guid);
        long end = position("endPosition", guid);
        String creatingUser = optionalGuid("creatingUser");
        List<Refi.Coding> codings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] description = {null};
        children(child -> {
            switch (child) {
                case "Description" -> description[0] = text();
                case "Coding" -> codings.add(coding());
                case "NoteRef" -> notes.add(ref());
                default -> skip(child);
            }
        });
        return new Refi.Selection(guid, name, start, end, creatingUser, description[0], codings, notes);
    }

    private Refi.Coding coding() throws XMLStreamException {
        String guid = guid();
        String creatingUser = optionalGuid("creatingUser");
        String code = onlyChild("CodeRef", this::ref);
        if (code == null) {
            throw invalid("coding " + guid + " has no CodeRef");
        }
        return new Refi.Coding(guid, code, creatingUser);
    }

    private Refi.Note note() throws XMLStreamException {
        String guid = guid();
        String name = attr("name");
        String path = attr("plainTextPath");
        String creatingUser = optionalGuid("creatingUser");
        String content = onlyChild("PlainTextContent", this::text);
        return new Refi.Note(guid, name, path, content, creatingUser);
    }

    @FunctionalInterface
    private interface Child {
        void read(String localName) throws XMLStreamException;
    }

    @FunctionalInterface
    private interface ChildValue {
        String read() throws XMLStreamException;
    }

    /**
     * Visits the children of the current element for the one named {@code name}, read by {@code value}; the others
     * are skipped. {@code null} when there is none; the last one when there are several.
     */
    private String onlyChild(String name, ChildValue value) throws XMLStreamException {
        String[] found = {null};
        children(child -> {
            if (child.equals(name)) {
                found[0] = value.read();
            } else {
                skip(child);
            }
        });
        return found[0];
    }

    /** Visits the children of the current element (in this namespace); returns at its end tag. */
    private void children(Child handler, String... only) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw doctype();
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!ns.equals(xml.getNamespaceURI())) {
                    skipContent();
                } else if (only.length > 0 && !List.of(only).contains(name)) {
                    skip(name);
                } else {
                    handler.read(name);
                }
            }
        }
    }

    private void skip(String what) throws XMLStreamException {
        skipped.merge(what, 1, Integer::sum);
        skipContent();
    }

    private void skipContent() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String text() throws XMLStreamException {
        return xml.getElementText();
    }

    private String attr(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? null : value;
    }

    private String required(String name) {
        String value = attr(name);
        if (value == null) {
            throw invalid("<" + xml.getLocalName() + "> at line "
                    + xml.getLocation().getLineNumber() + " has no " + name + " attribute");
        }
        return value;
    }

    private String guid() {
        return Guids.normalize(required("guid"), xml.getLocalName());
    }

    /** A GUID-valued attribute that may be absent, normalised like every GUID. */
    private String optionalGuid(String name) {
        String value = attr(name);
        return value == null || value.isBlank() ? null : Guids.normalize(value, xml.getLocalName());
    }

    private String ref() throws XMLStreamException {
        String target = Guids.normalize(required("targetGUID"), xml.getLocalName());
        skipContent();
        return target;
    }

    private long position(String name, String guid) {
        String value = required(name);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid("selection " + guid + " has " + name + "='" + value + "', not a whole number");
        }
    }

    static DomainException invalid(String message) {
        return new DomainException(ExchangeError.INVALID_PROJECT_FILE, message);
    }

    private static DomainException doctype() {
        return new DomainException(
                ExchangeError.XML_DOCTYPE_FORBIDDEN,
                "the project file declares a DOCTYPE; DTDs and entities are not accepted in REFI-QDA files");
    }

    private static DomainException malformed(XMLStreamException e) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber();
        String reason = e.getMessage() == null
                ? ""
                : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("doctype") || reason.contains("DTD")) {
            return doctype();
        }
        return new DomainException(
                ExchangeError.MALFORMED_XML, "the project file is not well-formed XML" + where + ": " + clip(reason));
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unsupported) {
            // not every StAX implementation knows these JAXP properties; SUPPORT_DTD=false already covers them
        }
    }
}
