package com.theogen.export;

import com.theogen.coding.AgreementRequest;
import java.util.UUID;

/** An agreement report between two coders as an Excel workbook, for any member of the project. */
public interface AgreementExports {

    /**
     * Computes the report as {@code POST /api/projects/{id}/agreement} does and renders it with one sheet per view:
     * summary, codes, disagreements. Rendered on request, not kept.
     *
     * @throws com.theogen.shared.DomainException as {@link com.theogen.coding.CoderAgreement#compare} does
     */
    ExportDocument xlsx(UUID userId, UUID projectId, AgreementRequest request);
}
