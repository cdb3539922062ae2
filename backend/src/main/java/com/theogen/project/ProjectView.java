package com.theogen.project;

import com.theogen.shared.Language;
import java.time.Instant;
import java.util.UUID;

/** A project as its owner sees it. */
public record ProjectView(
        UUID id,
        String name,
        String description,
        String researchQuestion,
        Language language,
        String domainTemplate,
        Instant createdAt,
        Instant updatedAt) {}
