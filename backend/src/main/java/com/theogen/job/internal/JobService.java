package com.theogen.job.internal;

import com.theogen.job.JobError;
import com.theogen.job.JobHandler;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.JobView;
import com.theogen.job.Jobs;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectError;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

@Service
class JobService implements Jobs {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final JobRunRepository runs;
    private final JobQueue queue;
    private final ProjectAccess projects;
    private final Map<String, JobHandler> handlers;
    private final JobMetrics metrics;

    JobService(
            JobRunRepository runs,
            JobQueue queue,
            ProjectAccess projects,
            List<JobHandler> handlers,
            JobMetrics metrics) {
        this.runs = runs;
        this.queue = queue;
        this.projects = projects;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, h -> h));
        this.metrics = metrics;
    }

    @Override
    public JobSubmission submit(JobRequest request) {
        JobHandler handler = handlers.get(request.kind());
        if (handler == null) {
            throw new DomainException(JobError.UNKNOWN_JOB_KIND, "No job of kind '" + request.kind() + "'");
        }
        projects.check(request.projectId(), request.ownerId(), handler.requiredRole());
        for (int tries = 0; tries < 3; tries++) {
            UUID id = UUID.randomUUID();
            try {
                runs.insertPending(id, request, handler.exclusive());
            } catch (DuplicateKeyException busy) {
                Optional<JobView> active = runs.findActive(request.projectId());
                if (active.isEmpty()) {
                    continue; // the active job finished between our insert and our look-up
                }
                return reuseOrRefuse(active.get(), request);
            }
            enqueue(id);
            metrics.submitted(request.kind());
            log.info("job submitted task_id={} project_id={} kind={}", id, request.projectId(), request.kind());
            return new JobSubmission(runs.findView(id).orElseThrow(), false);
        }
        throw new DomainException(JobError.PROJECT_BUSY, "The project is busy; try again");
    }

    @Override
    public JobView get(UUID projectId, UUID jobId, UUID userId) {
        projects.check(projectId, userId, ProjectRole.VIEWER);
        return runs.findInProject(projectId, jobId).orElseThrow(() -> DomainException.notFound("Job"));
    }

    @Override
    public List<JobView> recent(UUID projectId, UUID userId, int limit) {
        projects.check(projectId, userId, ProjectRole.VIEWER);
        return runs.recent(projectId, limit);
    }

    @Override
    public JobView cancel(UUID projectId, UUID jobId, UUID userId) {
        JobView job = get(projectId, jobId, userId);
        if (!job.ownerId().equals(userId)) {
            requireOwnerToCancel(projectId, userId);
        }
        if (runs.cancelPending(jobId)) {
            queue.remove(jobId);
            metrics.finished(job.kind(), "canceled");
            log.info("job canceled before start task_id={}", jobId);
        } else if (runs.requestCancel(jobId)) {
            log.info("job cancel requested task_id={}", jobId);
        }
        return runs.findView(jobId).orElse(job);
    }

    /** Another member's job: only the owner may cancel it. */
    private void requireOwnerToCancel(UUID projectId, UUID userId) {
        try {
            projects.check(projectId, userId, ProjectRole.OWNER);
        } catch (DomainException e) {
            if (!e.is(ProjectError.ROLE_REQUIRED)) {
                throw e;
            }
            throw new DomainException(
                    ProjectError.ROLE_REQUIRED,
                    "Only the member who started this job, or the project's owner, can cancel it",
                    e.details());
        }
    }

    private JobSubmission reuseOrRefuse(JobView active, JobRequest request) {
        if (active.ownerId().equals(request.ownerId()) && active.kind().equals(request.kind())) {
            return new JobSubmission(active, true);
        }
        throw new DomainException(
                JobError.PROJECT_BUSY,
                "Another " + label(active.kind()) + " job is already running on this project",
                Map.of("active_kind", active.kind()));
    }

    private void enqueue(UUID id) {
        try {
            queue.enqueue(id);
        } catch (RuntimeException e) {
            runs.failActive(id, JobError.QUEUE_UNAVAILABLE, "The job could not be queued; try again");
            throw new DomainException(JobError.QUEUE_UNAVAILABLE, "The job queue is unavailable");
        }
    }

    private static String label(String kind) {
        return kind.replace('_', ' ');
    }
}
