package com.theogen.coding.internal;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The model's axial grouping: categories holding code ids as shown, and typed relations by category name. */
record AxialReply(@NotNull @Valid List<ProposedCategory> categories, @NotNull @Valid List<ProposedRelation> relations) {

    record ProposedCategory(@NotBlank String name, @Nullable String definition, @NotNull List<String> codeIds) {}

    /**
     * @param type how {@code fromCategory} bears on {@code toCategory} ({@code fromCategory} is a cause, the
     *     context, an intervening condition, a strategy or a consequence of {@code toCategory}); {@code null} when a
     *     server that ignores the schema sent a type outside the enum: the relation is dropped
     */
    record ProposedRelation(@NotBlank String fromCategory, @NotBlank String toCategory, RelationKind type) {}
}
