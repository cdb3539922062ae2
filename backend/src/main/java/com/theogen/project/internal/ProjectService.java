package com.theogen.project.internal;

import com.theogen.project.DomainTemplateCatalog;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectDeleted;
import com.theogen.project.ProjectDraft;
import com.theogen.project.ProjectError;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.project.Projects;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Project CRUD for members, and the access policy every project-scoped operation goes through. */
@Service
class ProjectService implements Projects, ProjectAccess {

    private final ProjectRepository projects;
    private final MemberStore members;
    private final MemberDirectory directory;
    private final DomainTemplateCatalog templates;
    private final ApplicationEventPublisher events;

    ProjectService(
            ProjectRepository projects,
            MemberStore members,
            MemberDirectory directory,
            DomainTemplateCatalog templates,
            ApplicationEventPublisher events) {
        this.projects = projects;
        this.members = members;
        this.directory = directory;
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
        ProjectEntity fresh = new ProjectEntity(ownerId, complete);
        if (draft.language() == null) {
            fresh.languageDefaulted();
        }
        ProjectEntity project = projects.saveAndFlush(fresh);
        members.insert(project.id(), ownerId, ProjectRole.OWNER, null);
        return view(project, ProjectRole.OWNER);
    }

    @Transactional(readOnly = true)
    @Override
    public Page<ProjectView> list(UUID userId, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        List<MemberStore.MemberRow> memberships = members.memberships(userId, request.getOffset(), size);
        Map<UUID, ProjectEntity> byId =
                projects
                        .findAllById(memberships.stream()
                                .map(MemberStore.MemberRow::projectId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ProjectEntity::id, Function.identity()));
        Map<UUID, List<ProjectView.Member>> team = directory.summaries(byId.keySet());
        List<ProjectView> views = memberships.stream()
                .filter(m -> byId.containsKey(m.projectId()))
                .map(m -> byId.get(m.projectId()).view(m.role(), team.get(m.projectId())))
                .toList();
        return new PageImpl<>(views, request, members.countMemberships(userId));
    }

    @Transactional(readOnly = true)
    @Override
    public ProjectView get(UUID userId, UUID projectId) {
        ProjectRole role = role(projectId, userId, ProjectRole.VIEWER);
        return view(find(projectId), role);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<ProjectView> find(UUID userId, UUID projectId) {
        return members.role(projectId, userId)
                .flatMap(role -> projects.findById(projectId).map(project -> view(project, role)));
    }

    @Transactional
    @Override
    public boolean followInterviewLanguage(UUID projectId, Language majority) {
        return projects.findById(projectId)
                .map(project -> project.followInterviews(majority))
                .orElse(false);
    }

    @Transactional
    @Override
    public ProjectView update(UUID userId, UUID projectId, ProjectDraft changes) {
        role(projectId, userId, ProjectRole.OWNER);
        if (changes.domainTemplate() != null) {
            templates.require(changes.domainTemplate());
        }
        ProjectEntity project = find(projectId);
        project.apply(changes);
        return view(projects.saveAndFlush(project), ProjectRole.OWNER);
    }

    @Transactional
    @Override
    public void delete(UUID userId, UUID projectId) {
        role(projectId, userId, ProjectRole.OWNER);
        projects.delete(find(projectId));
        projects.flush();
        events.publishEvent(new ProjectDeleted(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectRef require(UUID projectId, UUID userId, ProjectRole required) {
        role(projectId, userId, required);
        return find(projectId).ref();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectRef> ref(UUID projectId) {
        return projects.findById(projectId).map(ProjectEntity::ref);
    }

    /** A member row exists only while its project does (ON DELETE CASCADE): the role read alone decides. */
    @Override
    public void check(UUID projectId, UUID userId, ProjectRole required) {
        role(projectId, userId, required);
    }

    /** The caller's role, when it includes {@code required}. */
    private ProjectRole role(UUID projectId, UUID userId, ProjectRole required) {
        ProjectRole role = members.role(projectId, userId).orElseThrow(ProjectService::notFound);
        return check(role, required);
    }

    /** @throws DomainException {@link ProjectError#ROLE_REQUIRED} when {@code role} does not include it */
    static ProjectRole check(ProjectRole role, ProjectRole required) {
        if (!role.includes(required)) {
            throw new DomainException(
                    ProjectError.ROLE_REQUIRED,
                    "This needs the " + required.code() + " role in the project; you are a " + role.code(),
                    Map.of("required_role", required.code(), "role", role.code()));
        }
        return role;
    }

    static DomainException notFound() {
        return DomainException.notFound("Project");
    }

    private ProjectEntity find(UUID projectId) {
        return projects.findById(projectId).orElseThrow(ProjectService::notFound);
    }

    private ProjectView view(ProjectEntity project, ProjectRole role) {
        return project.view(role, directory.summaries(List.of(project.id())).get(project.id()));
    }
}
