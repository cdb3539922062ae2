package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's whole coding from PostgreSQL. */
@Component
class CodingReader {

    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CategoryStore categories;

    CodingReader(CodeStore codes, ApplicationStore applications, CategoryStore categories) {
        this.codes = codes;
        this.applications = applications;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public CodingSnapshot snapshot(UUID projectId) {
        return new CodingSnapshot(
                projectId,
                codes.codes(projectId).stream()
                        .map(c ->
                                new CodingSnapshot.Code(c.id(), c.label(), c.definition(), c.origin(), c.categoryId()))
                        .toList(),
                categories.categories(projectId).stream()
                        .map(c -> new CodingSnapshot.Category(c.id(), c.name(), c.definition(), c.origin()))
                        .toList(),
                categories.relations(projectId),
                applications.applications(projectId));
    }
}
