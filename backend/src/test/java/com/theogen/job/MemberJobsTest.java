package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.shared.DomainException;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.Team;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-project job lock with several members: the submitter posting again gets their job back, any other
 * member is refused while it runs, viewers cannot start analysis jobs, and a job is canceled by its submitter or
 * the owner.
 */
@IntegrationTest
class MemberJobsTest {

    @Autowired
    Jobs jobs;

    @Autowired
    ApiClient api;

    Team team;
    UUID project;

    @BeforeEach
    void teamProject() {
        team = Team.register(api);
        project = UUID.fromString(team.project("Jobs of a team"));
    }

    @Test
    void aCodersRunIsReusedForThemAndBusyForEveryoneElse() {
        JobSubmission first = submit(team.coder().id());
        try {
            JobSubmission again = submit(team.coder().id());
            assertThat(again.reused()).isTrue();
            assertThat(again.job().id()).isEqualTo(first.job().id());

            assertThatThrownBy(() -> submit(team.owner().id()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errorCode())
                            .isEqualTo("PROJECT_BUSY"));
            assertThatThrownBy(() -> submit(team.viewer().id()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errorCode())
                            .isEqualTo("ROLE_REQUIRED"));
            assertThatThrownBy(() -> submit(team.stranger().id()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errorCode())
                            .isEqualTo("NOT_FOUND"));
            assertThat(jobs.recent(project, team.viewer().id(), 10))
                    .extracting(JobView::id)
                    .containsExactly(first.job().id());
        } finally {
            TestJobHandlers.release(first.job().id());
        }
    }

    @Test
    void anotherMemberPostingOverHttpWhileARunIsActiveGetsAConflict() {
        JobSubmission held = submit(team.owner().id());
        try {
            JsonNode busy = team.expect(team.coder(), POST, "/api/projects/" + project + "/evidence/resync", null, 409);
            assertThat(busy.get("error_code").asText()).isEqualTo("PROJECT_BUSY");
            JsonNode viewer =
                    team.expect(team.viewer(), POST, "/api/projects/" + project + "/evidence/resync", null, 403);
            assertThat(viewer.get("required_role").asText()).isEqualTo("coder");
        } finally {
            TestJobHandlers.release(held.job().id());
        }
    }

    @Test
    void onlyTheSubmitterOrTheOwnerCancelsAJob() {
        JobSubmission coders = submit(team.coder().id());
        String cancel = "/api/projects/" + project + "/jobs/" + coders.job().id() + "/cancel";
        try {
            JsonNode viewer = team.expect(team.viewer(), POST, cancel, null, 403);
            assertThat(viewer.get("error_code").asText()).isEqualTo("ROLE_REQUIRED");
            assertThat(viewer.get("required_role").asText()).isEqualTo("owner");
            assertThat(viewer.get("detail").asText()).contains("member who started this job");
            team.expect(
                    team.viewer(),
                    GET,
                    "/api/projects/" + project + "/jobs/" + coders.job().id(),
                    null,
                    200);
            team.expect(team.stranger(), POST, cancel, null, 404);

            team.expect(team.owner(), POST, cancel, null, 200);
        } finally {
            TestJobHandlers.release(coders.job().id());
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jobs.get(project, coders.job().id(), team.owner().id()).status() == JobStatus.CANCELED);
        JobSubmission own = submit(team.coder().id());
        try {
            JsonNode canceled = team.expect(
                    team.coder(),
                    POST,
                    "/api/projects/" + project + "/jobs/" + own.job().id() + "/cancel",
                    null,
                    200);
            assertThat(own.reused()).isFalse();
            assertThat(canceled.get("task_id").asText())
                    .isEqualTo(own.job().id().toString());
        } finally {
            TestJobHandlers.release(own.job().id());
        }
    }

    private JobSubmission submit(UUID who) {
        return jobs.submit(new JobRequest(project, who, TestJobHandlers.KIND, Map.of("hold", true)));
    }
}
