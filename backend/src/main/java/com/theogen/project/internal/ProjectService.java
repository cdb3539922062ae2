package com.theogen.project.internal;

import com.theogen.project.DomainTemplateCatalog;
import com.theogen.project.ProjectDeleted;
import com.theogen.project.ProjectDraft;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.project.Projects;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Project CRUD, always scoped to the owner. */
@Service
class ProjectService implements Projects {

    private final ProjectRepository projects;
    private final DomainTemplateCatalog templates;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, DomainTemplateCatalog templates, ApplicationEventPublisher events) {
        this.projects = projects;
        this.templates = templates;
        this.events = events;
    }

    @Transactional
    @Override
    public ProjectView create(UUID ownerId, ProjectDraft draft) {
        String template = draft.domainTemplate() == null ? DomainTemplateCatalog.DEFAULT_KEY : draft.domainTemplate();
        templates.require(template);
        Language language = draft.language() == null ? Language.EN : draft.language();
        ProjectDraft complete =
                new ProjectDraft(draft.name(), draft.description(), draft.researchQuestion(), language, template);
        return projects.save(new ProjectEntity(ownerId, complete)).view();
    }

    @Transactional(readOnly = true)
    @Override
    public Page<ProjectView> list(UUID ownerId, int page, int size) {
        return projects.findByOwnerIdOrderByCreatedAtDescIdDesc(ownerId, PageRequest.of(page, size))
                .map(ProjectEntity::view);
    }

    @Transactional(readOnly = true)
    @Override
    public ProjectView get(UUID ownerId, UUID projectId) {
        return owned(ownerId, projectId).view();
    }

    @Transactional
    @Override
    public ProjectView update(UUID ownerId, UUID projectId, ProjectDraft changes) {
        if (changes.domainTemplate() != null) {
            templates.require(changes.domainTemplate());
        }
        ProjectEntity project = owned(ownerId, projectId);
        project.apply(changes);
        return projects.saveAndFlush(project).view();
    }

    @Transactional
    @Override
    public void delete(UUID ownerId, UUID projectId) {
        projects.delete(owned(ownerId, projectId));
        projects.flush();
        events.publishEvent(new ProjectDeleted(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectRef require(UUID projectId, UUID userId, ProjectRole required) {
        // Until projects have members, the owner is the only member and holds every role.
        return owned(userId, projectId).ref();
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectRef requireOwned(UUID projectId, UUID userId) {
        return owned(userId, projectId).ref();
    }

    private ProjectEntity owned(UUID ownerId, UUID projectId) {
        return projects.findByIdAndOwnerId(projectId, ownerId).orElseThrow(() -> DomainException.notFound("Project"));
    }
}
