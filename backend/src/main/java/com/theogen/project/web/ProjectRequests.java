package com.theogen.project.web;

import com.theogen.project.ProjectDraft;
import com.theogen.shared.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the project endpoints. */
final class ProjectRequests {

    private ProjectRequests() {}

    /** {@code language} defaults to {@code en}, {@code domain_template} to {@code generic}. */
    record Create(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 5000) String description,
            @Size(max = 2000) String researchQuestion,
            Language language,
            @Size(max = 64) String domainTemplate) {
        ProjectDraft draft() {
            return new ProjectDraft(name, description, researchQuestion, language, domainTemplate);
        }
    }

    /** Absent fields are left unchanged; an empty description or research question clears it. */
    record Update(
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(max = 5000) String description,
            @Size(max = 2000) String researchQuestion,
            Language language,
            @Size(max = 64) String domainTemplate) {
        ProjectDraft draft() {
            return new ProjectDraft(name, description, researchQuestion, language, domainTemplate);
        }
    }
}
