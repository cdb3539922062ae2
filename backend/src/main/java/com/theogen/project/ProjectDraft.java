package com.theogen.project;

import com.theogen.shared.Language;

/** Fields to set on a project; {@code null} means "leave as is". */
public record ProjectDraft(
        String name, String description, String researchQuestion, Language language, String domainTemplate) {}
