package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/**
 * Imports a codebook from CSV (a header row naming columns among {@code code, parent, definition, inclusion,
 * exclusion, examples, color}; {@code code} is required). Creates missing codes, parents by label first, and fills in
 * the non-blank fields of codes the project already has under the same label (ignoring case); never deletes. The
 * columns of the codebook's own CSV export are accepted too: those it cannot import are ignored.
 */
public interface CodebookImport {

    /** At most this many data rows. */
    int MAX_ROWS = 5_000;

    /**
     * The columns of the codebook's CSV export, in its order: the one list the export writes and the import knows
     * ({@code code} and {@code definition} are read, the others ignored).
     */
    List<String> EXPORT_COLUMNS = List.of(
            "category",
            "category_definition",
            "code",
            "definition",
            "origin",
            "fragments",
            "interviews",
            "applications",
            "applications_by_coder",
            "anchor_quote",
            "anchor_source",
            "anchor_time",
            "anchor_link");

    /**
     * @param csv UTF-8, with or without a byte-order mark, comma- or semicolon-separated (RFC 4180 quoting)
     * @throws com.theogen.shared.DomainException {@code CSV_*} (400) naming the line, and nothing is written
     */
    CodebookImportResult importCsv(UUID userId, UUID projectId, byte[] csv);

    /**
     * @param created codes created (parents named only as a parent included)
     * @param updated existing codes whose fields changed
     * @param skipped rows that changed nothing (blank, repeated, or identical to the code)
     * @param problems rows or cells that were not imported, with why
     */
    record CodebookImportResult(int created, int updated, int skipped, List<CodebookImportProblem> problems) {}

    /** @param line the line of the CSV the row starts on (the header is line 1) */
    record CodebookImportProblem(int line, String message) {}
}
