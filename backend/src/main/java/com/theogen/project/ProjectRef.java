package com.theogen.project;

import com.theogen.shared.Language;
import java.util.UUID;

/**
 * What other modules may know about a project.
 *
 * @param ownerId the project's current owner (ownership can be handed over; see {@link ProjectMembers})
 */
public record ProjectRef(
        UUID id, UUID ownerId, String name, String researchQuestion, Language language, String domainTemplate) {}
