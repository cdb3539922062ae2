package com.theogen.theory.internal.pipeline;

import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.Interviews;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** {@code load_project}: the project, its interviews in upload order, and the route this run takes. */
@Component
class LoadStage {

    static final String STEP = "load_project";

    private static final int PAGE = 200;

    private final ProjectAccess projects;
    private final Interviews interviews;
    private final InterviewFragments fragments;
    private final RouteDecider routes;

    LoadStage(ProjectAccess projects, Interviews interviews, InterviewFragments fragments, RouteDecider routes) {
        this.projects = projects;
        this.interviews = interviews;
        this.fragments = fragments;
        this.routes = routes;
    }

    StageOutputs.Loaded run(RunScope run) {
        ProjectRef project = projects.require(run.projectId(), run.job().ownerId(), ProjectRole.CODER);
        List<StageOutputs.InterviewRef> refs = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<InterviewSummary> batch = interviews.list(run.job().ownerId(), project.id(), page, PAGE);
            batch.forEach(i -> refs.add(new StageOutputs.InterviewRef(i.id(), i.participant(), i.language())));
            if (!batch.hasNext()) {
                break;
            }
        }
        RouteDecider.Decision route = routes.decide(project.id(), run.settings());
        return new StageOutputs.Loaded(
                project.id(),
                project.name(),
                project.researchQuestion(),
                project.language(),
                project.domainTemplate(),
                refs,
                fragments.ofProject(project.id()).size(),
                route.route().code(),
                route.reason(),
                run.computed());
    }
}
