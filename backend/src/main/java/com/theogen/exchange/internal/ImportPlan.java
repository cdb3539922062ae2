package com.theogen.exchange.internal;

import com.theogen.coding.CodingTransfer.ImportedCode;
import com.theogen.coding.CodingTransfer.ImportedCoder;
import com.theogen.exchange.ImportSummary;
import com.theogen.interview.InterviewAttributes.Attribute;
import java.util.List;

/**
 * A checked import: everything the job will write, with positions already turned into UTF-16 indices of each
 * source's raw text. Codes and coders are named by their GUID in the file.
 *
 * @param codes parents before children
 */
record ImportPlan(
        String projectName,
        String projectDescription,
        List<PlannedSource> sources,
        List<ImportedCoder> coders,
        List<ImportedCode> codes,
        List<PlannedMemo> memos,
        ImportSummary summary) {

    /**
     * @param text the plain text the selections point into; null for a document parsed by TheoGen's readers
     * @param document the archive entry of that document ({@code .docx}/{@code .pdf}); null for a text source
     */
    record PlannedSource(
            String guid,
            String name,
            String text,
            String document,
            List<PlannedSelection> selections,
            List<Attribute> attributes) {}

    /** {@code [start, end)} in UTF-16 units of the source's raw text. */
    record PlannedSelection(String guid, int start, int end, List<PlannedCoding> codings) {}

    record PlannedCoding(String codeGuid, String coderGuid) {}

    /** @param sourceGuid the source it is linked to, or null; @param codeGuid the code, or null */
    record PlannedMemo(String coderGuid, String title, String body, String sourceGuid, String codeGuid) {}
}
