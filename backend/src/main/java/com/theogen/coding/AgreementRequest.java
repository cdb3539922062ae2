package com.theogen.coding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Which two coders to compare, over what (docs/adr/024, docs/agreement.md).
 *
 * @param coderA a coder of the project ({@code GET /api/projects/{id}/coders})
 * @param coderB another coder of the project
 * @param interviewIds interviews to compare over; absent or empty = every interview of the project
 * @param codeIds codes to report, in this order; absent or empty = every code either coder applied in scope
 * @param unit {@code fragment} (default) or {@code character}
 * @param includeInterviewer also compare the interviewer's turns (default false: participants' fragments only)
 */
public record AgreementRequest(
        @NotNull UUID coderA,
        @NotNull UUID coderB,
        @Size(max = 10_000) List<UUID> interviewIds,
        @Size(max = 10_000) List<UUID> codeIds,
        @Schema(
                        description = "fragment (default) or character",
                        allowableValues = {"fragment", "character"})
                String unit,
        Boolean includeInterviewer) {}
