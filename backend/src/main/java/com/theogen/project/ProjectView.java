package com.theogen.project;

import com.theogen.shared.Language;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project as one of its members sees it.
 *
 * @param role the caller's role in the project
 * @param members everyone in the project, the owner first, then coders and viewers in the order they joined
 */
public record ProjectView(
        UUID id,
        String name,
        @Nullable String description,
        @Nullable String researchQuestion,
        Language language,
        String domainTemplate,
        Instant createdAt,
        Instant updatedAt,
        ProjectRole role,
        List<Member> members) {

    public ProjectView {
        members = List.copyOf(members);
    }

    /** A member as every other member sees them. */
    public record Member(UUID userId, String displayName, ProjectRole role) {}
}
