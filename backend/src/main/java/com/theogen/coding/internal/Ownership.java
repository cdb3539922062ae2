package com.theogen.coding.internal;

import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.project.ProjectAccess;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Ownership checks for coding objects: something in another user's project is reported exactly like something
 * that does not exist, as {@code NOT_FOUND} naming the object asked for.
 */
@Component
class Ownership {

    private final ProjectAccess projects;
    private final InterviewFragments fragments;
    private final CodeStore codes;
    private final CategoryStore categories;

    Ownership(ProjectAccess projects, InterviewFragments fragments, CodeStore codes, CategoryStore categories) {
        this.projects = projects;
        this.fragments = fragments;
        this.codes = codes;
        this.categories = categories;
    }

    void project(UUID projectId, UUID userId) {
        projects.requireOwned(projectId, userId);
    }

    CodeStore.CodeRow code(UUID codeId, UUID userId) {
        CodeStore.CodeRow code = codes.code(codeId).orElseThrow(() -> DomainException.notFound("Code"));
        require(code.projectId(), userId, "Code");
        return code;
    }

    CategoryStore.CategoryRow category(UUID categoryId, UUID userId) {
        CategoryStore.CategoryRow category =
                categories.category(categoryId).orElseThrow(() -> DomainException.notFound("Category"));
        require(category.projectId(), userId, "Category");
        return category;
    }

    Fragment fragment(UUID fragmentId, UUID userId) {
        Fragment fragment = fragments.find(fragmentId).orElseThrow(() -> DomainException.notFound("Fragment"));
        require(fragment.projectId(), userId, "Fragment");
        return fragment;
    }

    void require(UUID projectId, UUID userId, String what) {
        try {
            projects.requireOwned(projectId, userId);
        } catch (DomainException e) {
            if (e.category() == ErrorCategory.NOT_FOUND) {
                throw DomainException.notFound(what);
            }
            throw e;
        }
    }
}
