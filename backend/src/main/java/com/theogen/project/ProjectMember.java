package com.theogen.project;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a project, as listed to the other members.
 *
 * @param email the member's email; shown only to the project's owner and to the member themselves, {@code null}
 *     otherwise (and for accounts that have none, such as OIDC identities)
 * @param addedAt when the account joined the project (for the creator: when the project was created)
 * @param addedBy who added them; {@code null} for the creator and for owners migrated from before members existed
 */
public record ProjectMember(
        UUID userId,
        String displayName,
        @Nullable String email,
        ProjectRole role,
        Instant addedAt,
        @Nullable UUID addedBy) {}
