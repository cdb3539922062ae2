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
     * @param type causal, contextual, intervening, strategy or consequence: how {@code fromCategory} bears on
     *     {@code toCategory}
     */
    record ProposedRelation(@NotBlank String fromCategory, @NotBlank String toCategory, @NotBlank String type) {}
}
