package com.theogen.coding.web;

import com.theogen.coding.CodingCoverage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Request bodies of the codebook endpoints. Absent fields of a PATCH are left unchanged. */
final class CodingRequests {

    private CodingRequests() {}

    record CreateCode(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 200) String label,
            @Size(max = 5000) String definition,
            UUID categoryId) {}

    /**
     * Criteria: up to 5000 characters each; examples: up to 20 anchor quotes of up to 2000 characters; color:
     * {@code #RRGGBB}.
     */
    record UpdateCode(
            @Size(max = 200) String label,
            @Size(max = 5000) String definition,
            UUID categoryId,
            @Size(max = 5000) String inclusionCriteria,
            @Size(max = 5000) String exclusionCriteria,
            @Size(max = 20) List<@NotNull @Size(max = 2000) String> examples,
            @Size(max = 7) String color) {

        /** Whether the body sets the colour and nothing else. */
        boolean onlyColor() {
            return color != null
                    && label == null
                    && definition == null
                    && categoryId == null
                    && inclusionCriteria == null
                    && exclusionCriteria == null
                    && examples == null;
        }
    }

    record Merge(@NotNull UUID intoCodeId) {}

    /** Names the code by {@code code_id} or by {@code label} (a new label creates a human code). */
    record Apply(UUID codeId, @Size(max = 200) String label, @NotNull Integer quoteStart, @NotNull Integer quoteEnd) {}

    record CreateCategory(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Size(max = 200) String name,
            @Size(max = 5000) String definition) {}

    record UpdateCategory(@Size(max = 200) String name, @Size(max = 5000) String definition) {}

    record MoveCodes(@NotNull @Size(min = 1, max = 1000) List<UUID> codeIds) {}

    record Memo(
            UUID interviewId,
            UUID codeId,
            UUID categoryId,
            UUID theoryId,
            @Size(max = 200) String title,
            @Size(max = 100_000) String body) {}

    record Relevance(@NotNull Boolean notRelevant) {}

    record RelevanceState(
            UUID fragmentId, @Schema(allowableValues = {"coded", "not_relevant", "unexamined"}) String state) {}

    record InterviewCodingState(UUID interviewId, List<CodingCoverage.FragmentState> fragments) {}
}
