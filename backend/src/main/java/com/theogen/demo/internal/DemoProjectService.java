package com.theogen.demo.internal;

import com.theogen.demo.DemoProjects;
import com.theogen.interview.InterviewUpload;
import com.theogen.interview.Interviews;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.project.Projects;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates demo projects through the public project and interview APIs, the same ingestion path as uploads. It
 * runs in a transaction of its own so that it also works right after another transaction committed (the
 * registration event).
 */
@Service
class DemoProjectService implements DemoProjects {

    private final DemoCatalog catalog;
    private final Projects projects;
    private final Interviews interviews;
    private final DemoProjectRepository demos;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;

    DemoProjectService(
            DemoCatalog catalog,
            Projects projects,
            Interviews interviews,
            DemoProjectRepository demos,
            PlatformTransactionManager transactionManager) {
        this.catalog = catalog;
        this.projects = projects;
        this.interviews = interviews;
        this.demos = demos;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public ProjectView create(UUID userId) {
        try {
            return ownTransaction.execute(status -> {
                demos.findByOwnerId(userId).ifPresent(existing -> {
                    if (owned(userId, existing.projectId()).isPresent()) {
                        throw exists(existing.projectId());
                    }
                    demos.delete(existing); // handed over or left: no longer this user's copy
                    demos.flush();
                });
                ProjectView project = projects.create(userId, catalog.project());
                for (InterviewUpload upload : catalog.uploads()) {
                    interviews.ingest(userId, project.id(), upload);
                }
                demos.saveAndFlush(new DemoProjectEntity(project.id(), userId));
                return project;
            });
        } catch (DataIntegrityViolationException raced) {
            throw exists(find(userId).map(ProjectView::id).orElse(null));
        }
    }

    @Override
    public Optional<ProjectView> find(UUID userId) {
        return readOnly.execute(status -> demos.findByOwnerId(userId).flatMap(demo -> owned(userId, demo.projectId())));
    }

    /** The demo copy while the user still owns it: ownership can be handed over, and members can leave. */
    private Optional<ProjectView> owned(UUID userId, UUID projectId) {
        return projects.find(userId, projectId).filter(p -> p.role() == ProjectRole.OWNER);
    }

    private static DomainException exists(UUID projectId) {
        Map<String, Object> details = projectId == null ? Map.of() : Map.of("project_id", projectId);
        return new DomainException(
                ErrorCategory.CONFLICT,
                "DEMO_PROJECT_EXISTS",
                "You already have the demo project; delete it first to get a fresh copy",
                details);
    }
}
