package com.theogen.theory.internal;

import com.theogen.export.TheoryReport;
import com.theogen.export.TheoryReportSource;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.theory.Theories;
import com.theogen.theory.Theory;
import com.theogen.theory.TheorySummary;
import com.theogen.theory.internal.store.TheoryStore;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Reading saved theories, for their owner and (as a report) for the export module. */
@Service
class TheoryService implements Theories, TheoryReportSource {

    private final TheoryStore store;
    private final ProjectAccess projects;
    private final ReportMapper reports;

    TheoryService(TheoryStore store, ProjectAccess projects, ReportMapper reports) {
        this.store = store;
        this.projects = projects;
        this.reports = reports;
    }

    @Override
    public Page<TheorySummary> history(UUID projectId, UUID userId, int page, int size) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        return new PageImpl<>(store.history(projectId, page, size), PageRequest.of(page, size), store.count(projectId));
    }

    @Override
    public Theory get(UUID projectId, UUID theoryId, UUID userId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        return store.find(projectId, theoryId).orElseThrow(() -> DomainException.notFound("Theory"));
    }

    @Override
    public Optional<TheoryReport> report(UUID projectId, UUID theoryId) {
        return store.find(projectId, theoryId).map(reports::report);
    }
}
