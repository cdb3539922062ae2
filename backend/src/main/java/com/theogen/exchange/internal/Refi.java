package com.theogen.exchange.internal;

import java.util.List;
import java.util.Map;

/** A REFI-QDA project (or codebook) file as read, before anything is checked against the archive. */
final class Refi {

    private Refi() {}

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

    /**
     * @param creatingUser the project's creating user GUID, or null
     * @param codes the code tree's roots
     * @param projectNotes notes linked to the project as a whole
     * @param skipped elements TheoGen does not keep, by element name, with how many there were
     */
    record Project(
            String name,
            String origin,
            String description,
            String creatingUser,
            List<User> users,
            List<Code> codes,
            List<Variable> variables,
            List<Case> cases,
            List<Source> sources,
            List<Note> notes,
            List<String> projectNotes,
            Map<String, Integer> skipped) {}

    record User(String guid, String name, String id) {}

    record Code(
            String guid,
            String name,
            String color,
            String description,
            boolean codable,
            List<String> noteRefs,
            List<Code> children) {}

    /**
     * @param kind {@code TextSource}, {@code PDFSource}, {@code PictureSource}, {@code AudioSource} or
     *     {@code VideoSource}
     * @param representation a PDF's plain-text representation (whose selections are text selections)
     */
    record Source(
            String kind,
            String guid,
            String name,
            String plainTextPath,
            String plainTextContent,
            String richTextPath,
            String path,
            String description,
            String creatingUser,
            List<Selection> selections,
            List<Value> values,
            List<String> noteRefs,
            Source representation) {}

    /** {@code [start, end)} in Unicode code points of the source's plain text. */
    record Selection(
            String guid,
            String name,
            long start,
            long end,
            String creatingUser,
            String description,
            List<Coding> codings,
            List<String> noteRefs) {}

    record Coding(String guid, String codeGuid, String creatingUser) {}

    record Note(String guid, String name, String plainTextPath, String content, String creatingUser) {}

    /** @param type {@code Text}, {@code Boolean}, {@code Integer}, {@code Float}, {@code Date} or {@code DateTime} */
    record Variable(String guid, String name, String type, String description) {}

    /** @param kind the value element: {@code TextValue}, {@code BooleanValue} … */
    record Value(String variableGuid, String kind, String value) {}

    record Case(String guid, String name, List<Value> values, List<String> sourceRefs) {}
}
