package com.theogen.theory.internal;

import com.theogen.interview.Interviews;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.JobView;
import com.theogen.job.Jobs;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmClient;
import com.theogen.llm.RunKeys;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryError;
import com.theogen.theory.TheoryRuns;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class TheoryRunService implements TheoryRuns {

    /** Job parameter telling the run that a user key was handed over in memory (never the key itself). */
    static final String KEY_EXPECTED = "user_key_expected";

    private final Jobs jobs;
    private final ProjectAccess projects;
    private final LlmClient llm;
    private final RunKeys keys;
    private final Interviews interviews;

    TheoryRunService(Jobs jobs, ProjectAccess projects, LlmClient llm, RunKeys keys, Interviews interviews) {
        this.jobs = jobs;
        this.projects = projects;
        this.llm = llm;
        this.keys = keys;
        this.interviews = interviews;
    }

    @Override
    public JobSubmission start(UUID projectId, UUID userId, Optional<ByoKey> key) {
        projects.check(projectId, userId, ProjectRole.CODER);
        llm.access(key);
        if (interviews.list(userId, projectId, 0, 1).getTotalElements() == 0) {
            throw new DomainException(
                    TheoryError.INSUFFICIENT_CATEGORIES,
                    "A theory needs categories to relate: the project has no interviews to code yet",
                    Map.of("categories", 0, "codes", 0, "coded_fragments", 0, "fragments", 0));
        }
        JobSubmission submission = jobs.submit(
                new JobRequest(projectId, userId, TheoryJobHandler.KIND, Map.of(KEY_EXPECTED, key.isPresent())));
        keys.handOver(submission.job().id(), submission.reused(), key);
        return submission;
    }

    @Override
    public JobView status(UUID projectId, UUID taskId, UUID userId) {
        JobView job = jobs.get(projectId, taskId, userId);
        if (!TheoryJobHandler.KIND.equals(job.kind())) {
            throw DomainException.notFound("Theory task");
        }
        return job;
    }

    @Override
    public JobView cancel(UUID projectId, UUID taskId, UUID userId) {
        status(projectId, taskId, userId);
        return jobs.cancel(projectId, taskId, userId);
    }
}
