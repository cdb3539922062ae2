package com.theogen.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.Team;
import com.theogen.support.Team.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Adding, listing, re-roling, removing members, leaving, and handing ownership over, through the HTTP API. */
@IntegrationTest
class ProjectMembersApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    Team team;
    String project;

    @BeforeEach
    void ownerWithAProject() {
        team = Team.register(api);
        project = api.createProject(team.owner().token(), Map.of("name", "Cuidados"))
                .get("id")
                .asText();
    }

    @Test
    void ownerAddsAnAccountByEmailAndTheMemberSeesTheProjectWithTheirRole() {
        Account vera = team.viewer();
        JsonNode added = team.expect(
                team.owner(),
                POST,
                members(),
                Map.of("email", "  " + vera.email().toUpperCase() + " ", "role", "viewer"),
                201);
        assertThat(added.get("user_id").asText()).isEqualTo(vera.id().toString());
        assertThat(added.get("display_name").asText()).isEqualTo("Vera Viewer");
        assertThat(added.get("role").asText()).isEqualTo("viewer");
        assertThat(added.get("added_by").asText()).isEqualTo(team.owner().id().toString());

        JsonNode list = team.expect(vera, GET, "/api/projects", null, 200);
        assertThat(list.get("total_items").asInt()).isEqualTo(1);
        JsonNode seen = list.get("items").get(0);
        assertThat(seen.get("id").asText()).isEqualTo(project);
        assertThat(seen.get("role").asText()).isEqualTo("viewer");
        assertThat(names(seen.get("members"))).containsExactly("Olga Owner (owner)", "Vera Viewer (viewer)");
        assertThat(team.expect(vera, GET, "/api/projects/" + project, null, 200)
                        .get("role")
                        .asText())
                .isEqualTo("viewer");
        assertThat(team.expect(team.owner(), GET, "/api/projects/" + project, null, 200)
                        .get("role")
                        .asText())
                .isEqualTo("owner");
    }

    @Test
    void membersListShowsEmailsOnlyToTheOwnerAndToOneself() {
        team.join(project);

        JsonNode asOwner = team.expect(team.owner(), GET, members(), null, 200);
        assertThat(names(asOwner))
                .containsExactly("Olga Owner (owner)", "Carlos Coder (coder)", "Vera Viewer (viewer)");
        asOwner.forEach(m -> assertThat(m.get("email").isNull()).isFalse());

        JsonNode asViewer = team.expect(team.viewer(), GET, members(), null, 200);
        assertThat(asViewer.get(0).get("email").isNull()).isTrue();
        assertThat(asViewer.get(1).get("email").isNull()).isTrue();
        assertThat(asViewer.get(2).get("email").asText())
                .isEqualTo(team.viewer().email());
    }

    @Test
    void anUnknownEmailIsAClearBadRequestAndAddsNobody() {
        JsonNode problem = team.expect(
                team.owner(),
                POST,
                members(),
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org", "role", "coder"),
                400);
        assertThat(problem.get("error_code").asText()).isEqualTo("UNKNOWN_ACCOUNT");
        assertThat(problem.get("detail").asText()).contains("register");
        assertThat(memberCount()).isEqualTo(1);
    }

    @Test
    void addingYourselfOrAMemberAgainIsAConflict() {
        JsonNode self = team.expect(
                team.owner(), POST, members(), Map.of("email", team.owner().email(), "role", "coder"), 409);
        assertThat(self.get("error_code").asText()).isEqualTo("ALREADY_MEMBER");

        team.add(project, team.coder(), ProjectRole.CODER);
        JsonNode again = team.expect(
                team.owner(), POST, members(), Map.of("email", team.coder().email(), "role", "viewer"), 409);
        assertThat(again.get("error_code").asText()).isEqualTo("ALREADY_MEMBER");
        assertThat(roleOf(team.coder())).isEqualTo("coder");
    }

    @Test
    void ownerRoleIsGivenOnlyByTransferAndUnknownRolesAreRefused() {
        assertThat(team.expect(
                                team.owner(),
                                POST,
                                members(),
                                Map.of("email", team.coder().email(), "role", "owner"),
                                400)
                        .get("error_code")
                        .asText())
                .isEqualTo("OWNER_BY_TRANSFER");
        assertThat(team.expect(
                                team.owner(),
                                POST,
                                members(),
                                Map.of("email", team.coder().email(), "role", "admin"),
                                400)
                        .get("error_code")
                        .asText())
                .isEqualTo("INVALID_ROLE");
        team.add(project, team.coder(), ProjectRole.CODER);
        assertThat(team.expect(team.owner(), PATCH, member(team.coder()), Map.of("role", "owner"), 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("OWNER_BY_TRANSFER");
        assertThat(memberCount()).isEqualTo(2);
    }

    @Test
    void changingARoleChangesWhatTheMemberMayDo() {
        team.add(project, team.viewer(), ProjectRole.VIEWER);
        Map<String, Object> code = Map.of("label", "night shifts");
        JsonNode refused = team.expect(team.viewer(), POST, "/api/projects/" + project + "/codes", code, 403);
        assertThat(refused.get("error_code").asText()).isEqualTo("ROLE_REQUIRED");
        assertThat(refused.get("required_role").asText()).isEqualTo("coder");
        assertThat(refused.get("role").asText()).isEqualTo("viewer");

        JsonNode changed = team.expect(team.owner(), PATCH, member(team.viewer()), Map.of("role", "coder"), 200);
        assertThat(changed.get("role").asText()).isEqualTo("coder");

        team.expect(team.viewer(), POST, "/api/projects/" + project + "/codes", code, 201);
        assertThat(team.expect(team.owner(), PATCH, member(team.owner()), Map.of("role", "coder"), 409)
                        .get("error_code")
                        .asText())
                .isEqualTo("LAST_OWNER");
        assertThat(team.expect(team.owner(), PATCH, member(team.stranger()), Map.of("role", "coder"), 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aRemovedMemberNoLongerSeesTheProjectExactlyLikeAnUnknownOne() {
        team.join(project);
        team.expect(team.owner(), DELETE, member(team.coder()), null, 204);

        JsonNode gone = team.expect(team.coder(), GET, "/api/projects/" + project, null, 404);
        JsonNode unknown = team.expect(team.coder(), GET, "/api/projects/" + UUID.randomUUID(), null, 404);
        assertThat(gone.get("error_code")).isEqualTo(unknown.get("error_code"));
        assertThat(gone.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(team.expect(team.coder(), GET, "/api/projects", null, 200)
                        .get("total_items")
                        .asInt())
                .isZero();
        assertThat(team.expect(team.owner(), DELETE, member(team.owner()), null, 409)
                        .get("error_code")
                        .asText())
                .isEqualTo("LAST_OWNER");
        assertThat(team.expect(team.owner(), DELETE, member(team.coder()), null, 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void membersLeaveButTheOwnerMustHandOwnershipOverFirst() {
        team.join(project);
        team.expect(team.viewer(), POST, "/api/projects/" + project + "/leave", null, 204);
        team.expect(team.viewer(), GET, "/api/projects/" + project, null, 404);

        JsonNode refused = team.expect(team.owner(), POST, "/api/projects/" + project + "/leave", null, 409);
        assertThat(refused.get("error_code").asText()).isEqualTo("LAST_OWNER");
        assertThat(refused.get("detail").asText()).contains("hand ownership");
        assertThat(names(team.expect(team.owner(), GET, members(), null, 200)))
                .containsExactly("Olga Owner (owner)", "Carlos Coder (coder)");
        team.expect(team.stranger(), POST, "/api/projects/" + project + "/leave", null, 404);
    }

    @Test
    void handingOwnershipOverMakesTheOldOwnerACoderAndTheNewOwnerTheOnlyOne() {
        team.join(project);
        team.expect(
                team.owner(),
                POST,
                "/api/projects/" + project + "/transfer-ownership",
                Map.of("user_id", team.viewer().id().toString()),
                204);

        assertThat(names(team.expect(team.viewer(), GET, members(), null, 200)))
                .containsExactly("Vera Viewer (owner)", "Olga Owner (coder)", "Carlos Coder (coder)");
        assertThat(jdbc.queryForObject("SELECT owner_id FROM projects WHERE id = ?::uuid", UUID.class, project))
                .isEqualTo(team.viewer().id());
        JsonNode demoted =
                team.expect(team.owner(), PATCH, "/api/projects/" + project, Map.of("name", "mine again"), 403);
        assertThat(demoted.get("required_role").asText()).isEqualTo("owner");
        team.expect(team.viewer(), PATCH, "/api/projects/" + project, Map.of("name", "Renamed"), 200);
        team.expect(team.owner(), POST, "/api/projects/" + project + "/leave", null, 204);
        assertThat(owners()).isEqualTo(1);
    }

    @Test
    void theOldOwnerMayLeaveWithTheHandOver() {
        team.join(project);
        team.expect(
                team.owner(),
                POST,
                "/api/projects/" + project + "/transfer-ownership",
                Map.of("user_id", team.coder().id().toString(), "former_owner", "leave"),
                204);

        team.expect(team.owner(), GET, "/api/projects/" + project, null, 404);
        assertThat(names(team.expect(team.coder(), GET, members(), null, 200)))
                .containsExactly("Carlos Coder (owner)", "Vera Viewer (viewer)");
    }

    @Test
    void ownershipGoesOnlyToAnotherMember() {
        team.add(project, team.coder(), ProjectRole.CODER);
        String transfer = "/api/projects/" + project + "/transfer-ownership";
        assertThat(team.expect(
                                team.owner(),
                                POST,
                                transfer,
                                Map.of("user_id", team.stranger().id().toString()),
                                400)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_A_MEMBER");
        assertThat(team.expect(
                                team.owner(),
                                POST,
                                transfer,
                                Map.of("user_id", team.owner().id().toString()),
                                400)
                        .get("error_code")
                        .asText())
                .isEqualTo("ALREADY_OWNER");
        assertThat(team.expect(
                                team.owner(),
                                POST,
                                transfer,
                                Map.of("user_id", team.coder().id().toString(), "former_owner", "viewer"),
                                400)
                        .get("error_code")
                        .asText())
                .isEqualTo("VALIDATION_FAILED");
        JsonNode coderTries = team.expect(
                team.coder(),
                POST,
                transfer,
                Map.of("user_id", team.coder().id().toString()),
                403);
        assertThat(coderTries.get("required_role").asText()).isEqualTo("owner");
        assertThat(roleOf(team.owner())).isEqualTo("owner");
        assertThat(owners()).isEqualTo(1);
    }

    @Test
    void concurrentHandOversLeaveExactlyOneOwner() throws Exception {
        team.join(project);
        String transfer = "/api/projects/" + project + "/transfer-ownership";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Account to : List.of(team.coder(), team.viewer())) {
            calls.add(() -> {
                start.await();
                return team.send(
                                team.owner(),
                                POST,
                                transfer,
                                Map.of("user_id", to.id().toString()))
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            });
        }
        List<Future<Integer>> futures = calls.stream().map(pool::submit).toList();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(204, 403);
        assertThat(owners()).isEqualTo(1);
        assertThat(roleOf(team.owner())).isEqualTo("coder");
    }

    @Test
    void deletingTheProjectTakesItsMembersWithIt() {
        team.join(project);
        team.expect(team.coder(), DELETE, "/api/projects/" + project, null, 403);
        team.expect(team.owner(), DELETE, "/api/projects/" + project, null, 204);
        assertThat(memberCount()).isZero();
        team.expect(team.viewer(), GET, "/api/projects/" + project, null, 404);
    }

    @Test
    void aDemoCopyHandedOverIsNoLongerYoursAndYouMayTakeAFreshOne() {
        String demo = team.expect(team.owner(), POST, "/api/demo-project", null, 201)
                .get("id")
                .asText();
        team.add(demo, team.coder(), ProjectRole.CODER);
        team.expect(team.owner(), POST, "/api/demo-project", null, 409);

        team.expect(
                team.owner(),
                POST,
                "/api/projects/" + demo + "/transfer-ownership",
                Map.of("user_id", team.coder().id().toString()),
                204);

        team.expect(team.owner(), GET, "/api/demo-project", null, 404);
        String fresh = team.expect(team.owner(), POST, "/api/demo-project", null, 201)
                .get("id")
                .asText();
        assertThat(fresh).isNotEqualTo(demo);
        assertThat(team.expect(team.coder(), GET, "/api/projects/" + demo, null, 200)
                        .get("role")
                        .asText())
                .isEqualTo("owner");
    }

    private String members() {
        return "/api/projects/" + project + "/members";
    }

    private String member(Account account) {
        return members() + "/" + account.id();
    }

    private String roleOf(Account account) {
        return jdbc.queryForObject(
                "SELECT role FROM project_members WHERE project_id = ?::uuid AND user_id = ?",
                String.class,
                project,
                account.id());
    }

    private long owners() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM project_members WHERE project_id = ?::uuid AND role = 'owner'",
                Long.class,
                project);
    }

    private long memberCount() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM project_members WHERE project_id = ?::uuid", Long.class, project);
    }

    private static List<String> names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(m ->
                names.add(m.get("display_name").asText() + " (" + m.get("role").asText() + ")"));
        return names;
    }
}
