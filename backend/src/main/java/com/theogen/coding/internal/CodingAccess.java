package com.theogen.coding.internal;

import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Access checks for coding objects through their project: reading needs {@link ProjectRole#VIEWER}, coding
 * {@link ProjectRole#CODER}. Something in a project the user is not a member of is reported exactly like something
 * that does not exist, as {@code NOT_FOUND} naming the object asked for; a member whose role is too low gets
 * {@code ROLE_REQUIRED}.
 */
@Component
class CodingAccess {

    private final ProjectAccess projects;
    private final InterviewFragments fragments;
    private final CodeStore codes;
    private final CategoryStore categories;

    CodingAccess(ProjectAccess projects, InterviewFragments fragments, CodeStore codes, CategoryStore categories) {
        this.projects = projects;
        this.fragments = fragments;
        this.codes = codes;
        this.categories = categories;
    }

    void project(UUID projectId, UUID userId, ProjectRole role) {
        projects.require(projectId, userId, role);
    }

    CodeStore.CodeRow code(UUID codeId, UUID userId, ProjectRole role) {
        CodeStore.CodeRow code = codes.code(codeId).orElseThrow(() -> DomainException.notFound("Code"));
        require(code.projectId(), userId, role, "Code");
        return code;
    }

    CategoryStore.CategoryRow category(UUID categoryId, UUID userId, ProjectRole role) {
        CategoryStore.CategoryRow category =
                categories.category(categoryId).orElseThrow(() -> DomainException.notFound("Category"));
        require(category.projectId(), userId, role, "Category");
        return category;
    }

    Fragment fragment(UUID fragmentId, UUID userId, ProjectRole role) {
        Fragment fragment = fragments.find(fragmentId).orElseThrow(() -> DomainException.notFound("Fragment"));
        require(fragment.projectId(), userId, role, "Fragment");
        return fragment;
    }

    void require(UUID projectId, UUID userId, ProjectRole role, String what) {
        try {
            projects.require(projectId, userId, role);
        } catch (DomainException e) {
            if (e.category() == ErrorCategory.NOT_FOUND) {
                throw DomainException.notFound(what);
            }
            throw e;
        }
    }
}
