package com.theogen.demo;

import com.theogen.project.ProjectView;
import java.util.Optional;
import java.util.UUID;

/** A user's copy of the demo project. A user has at most one at a time. */
public interface DemoProjects {

    /**
     * Creates the user's demo project with all demo interviews, in one transaction of its own: either the whole
     * project exists afterwards or nothing does.
     *
     * @throws com.theogen.shared.DomainException {@code DEMO_PROJECT_EXISTS} (409, with {@code project_id}) when
     *     the user still has one
     */
    ProjectView create(UUID userId);

    /** The user's demo project, if they have one. */
    Optional<ProjectView> find(UUID userId);
}
