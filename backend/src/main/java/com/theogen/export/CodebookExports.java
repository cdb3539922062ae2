package com.theogen.export;

import java.util.UUID;

/** The project's codebook as a document, a workbook or a CSV file, for any member of the project. */
public interface CodebookExports {

    /**
     * Renders the current codebook: categories with their codes, each code with definition, counts (by origin
     * until applications record their coder) and an anchor quote. Rendered on request, not kept (coding changes).
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown project or one the user is not
     *     a member of
     */
    ExportDocument export(UUID userId, UUID projectId, CodebookFormat format);
}
