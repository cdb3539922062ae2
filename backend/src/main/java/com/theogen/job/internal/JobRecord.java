package com.theogen.job.internal;

import com.theogen.job.JobStatus;
import com.theogen.job.JobView;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a worker needs of a {@code job_runs} row: its status columns and the parameters it was submitted with. */
record JobRecord(JobView view, Map<String, Object> params) {

    UUID id() {
        return view.id();
    }

    UUID projectId() {
        return view.projectId();
    }

    UUID ownerId() {
        return view.ownerId();
    }

    JobStatus status() {
        return view.status();
    }

    String kind() {
        return view.kind();
    }

    List<JobView.StepEntry> stepLog() {
        return view.steps();
    }
}
