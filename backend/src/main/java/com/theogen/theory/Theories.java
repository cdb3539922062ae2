package com.theogen.theory;

import java.util.UUID;
import org.springframework.data.domain.Page;

/** Saved theories of a project; every call checks that the user owns the project (else {@code NOT_FOUND}). */
public interface Theories {

    /** The project's theories, newest first. */
    Page<TheorySummary> history(UUID projectId, UUID userId, int page, int size);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown or foreign theory */
    Theory get(UUID projectId, UUID theoryId, UUID userId);
}
