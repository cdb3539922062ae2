package com.theogen.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import com.theogen.security.Accounts;
import com.theogen.security.Accounts.AccountView;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.web.BlockingBridge;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The project module started alone (STANDALONE) with the {@code shared} kernel (the embedded PostgreSQL with the
 * Liquibase schema) and the {@code web} edge (its controllers' {@link BlockingBridge}), as the job and security
 * module tests do (docs/adr/055). Its one neighbour API, {@link Accounts}, is a Mockito bean that knows the users
 * this test writes into {@code users} (the project tables reference them). The tests go through the module's API:
 * the ownership rule every other module relies on ({@link ProjectAccess}), as {@link Projects} and {@link
 * ProjectMembers} apply it: a project another user is not a member of is the same {@code NOT_FOUND} (404) as one
 * that does not exist; a member below the role needed gets a 403 {@code ROLE_REQUIRED}; a deleted project is gone
 * for everyone.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "web"})
@ActiveProfiles("test")
class ProjectModuleTest {

    @MockitoBean
    Accounts accounts;

    @Autowired
    Projects projects;

    @Autowired
    ProjectAccess access;

    @Autowired
    ProjectMembers members;

    @Autowired
    JdbcTemplate jdbc;

    /** Every user this test wrote, as the accounts module would describe them. */
    private final Map<UUID, AccountView> users = new ConcurrentHashMap<>();

    @BeforeEach
    void accountsKnowTheUsersWritten() {
        given(accounts.describeAll(any())).willAnswer(call -> {
            Collection<UUID> ids = call.getArgument(0);
            return ids.stream()
                    .filter(users::containsKey)
                    .collect(Collectors.toMap(Function.identity(), users::get, (a, b) -> a));
        });
        given(accounts.describe(any())).willAnswer(call -> Optional.ofNullable(users.get(call.<UUID>getArgument(0))));
        given(accounts.findByEmail(anyString())).willAnswer(call -> users.values().stream()
                .filter(u ->
                        u.email().equalsIgnoreCase(call.<String>getArgument(0).strip()))
                .findFirst());
    }

    @Test
    void theOwnerHasTheProjectAndAnotherUserFindsItNoMoreThanAnUnknownOne() {
        UUID owner = user("Olga");
        UUID stranger = user("Sam");
        ProjectView created = projects.create(owner, draft("Cuidados"));
        UUID id = created.id();

        assertThat(created.role()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.get(owner, id).name()).isEqualTo("Cuidados");
        assertThat(projects.find(owner, id)).isPresent();
        assertThat(access.require(id, owner, ProjectRole.OWNER).ownerId()).isEqualTo(owner);
        access.check(id, owner, ProjectRole.OWNER);
        assertThat(projects.list(owner, 0, 20).getContent())
                .extracting(ProjectView::id)
                .contains(id);

        DomainException hidden = notFound(() -> projects.get(stranger, id));
        DomainException unknown = notFound(() -> projects.get(stranger, UUID.randomUUID()));
        assertThat(hidden.getMessage())
                .as("another user's project reads exactly like one that does not exist")
                .isEqualTo(unknown.getMessage());
        assertThat(hidden.errorCode()).isEqualTo(unknown.errorCode());
        assertThat(hidden.details()).isEqualTo(unknown.details());
        assertThat(hidden.category().httpStatus()).isEqualTo(404);
        notFound(() -> access.require(id, stranger, ProjectRole.VIEWER));
        notFound(() -> access.check(id, stranger, ProjectRole.VIEWER));
        notFound(() -> projects.update(stranger, id, draft("Mine now")));
        notFound(() -> projects.delete(stranger, id));
        notFound(() -> members.list(stranger, id));
        notFound(() -> members.add(stranger, id, "sam@project.example", ProjectRole.VIEWER));
        assertThat(projects.find(stranger, id)).isEmpty();
        assertThat(projects.list(stranger, 0, 20).getContent())
                .extracting(ProjectView::id)
                .doesNotContain(id);
        assertThat(projects.get(owner, id).name())
                .as("nothing the stranger tried changed the project")
                .isEqualTo("Cuidados");
    }

    @Test
    void eachMemberGetsWhatTheirRoleIncludesAndA403RoleRequiredAboveIt() {
        UUID owner = user("Olga");
        UUID coder = user("Cora");
        UUID viewer = user("Vera");
        UUID id = projects.create(owner, draft("Turnos")).id();
        members.add(owner, id, email(coder), ProjectRole.CODER);
        members.add(owner, id, email(viewer), ProjectRole.VIEWER);

        assertThat(projects.get(viewer, id).role()).isEqualTo(ProjectRole.VIEWER);
        assertThat(projects.get(coder, id).members())
                .extracting(ProjectView.Member::userId, ProjectView.Member::role)
                .containsExactly(
                        tuple(owner, ProjectRole.OWNER),
                        tuple(coder, ProjectRole.CODER),
                        tuple(viewer, ProjectRole.VIEWER));
        assertThat(access.require(id, viewer, ProjectRole.VIEWER).id()).isEqualTo(id);
        assertThat(access.require(id, coder, ProjectRole.CODER).id()).isEqualTo(id);
        access.check(id, coder, ProjectRole.VIEWER);

        roleRequired(() -> access.require(id, viewer, ProjectRole.CODER), ProjectRole.CODER, ProjectRole.VIEWER);
        roleRequired(() -> access.check(id, viewer, ProjectRole.CODER), ProjectRole.CODER, ProjectRole.VIEWER);
        roleRequired(() -> access.require(id, coder, ProjectRole.OWNER), ProjectRole.OWNER, ProjectRole.CODER);
        roleRequired(() -> projects.update(coder, id, draft("Renamed")), ProjectRole.OWNER, ProjectRole.CODER);
        roleRequired(() -> projects.delete(viewer, id), ProjectRole.OWNER, ProjectRole.VIEWER);
        roleRequired(() -> members.remove(coder, id, viewer), ProjectRole.OWNER, ProjectRole.CODER);

        members.remove(owner, id, viewer);
        notFound(() -> access.require(id, viewer, ProjectRole.VIEWER));
        assertThat(projects.find(viewer, id))
                .as("a removed member is a stranger")
                .isEmpty();
    }

    @Test
    void ownershipHandedOverMovesTheOwnerRightsAndTheProjectsOwner() {
        UUID owner = user("Olga");
        UUID coder = user("Cora");
        UUID id = projects.create(owner, draft("Relevo")).id();
        members.add(owner, id, email(coder), ProjectRole.CODER);

        members.transferOwnership(owner, id, coder, false);

        assertThat(access.require(id, coder, ProjectRole.OWNER).ownerId()).isEqualTo(coder);
        assertThat(projects.ref(id)).map(ProjectRef::ownerId).contains(coder);
        roleRequired(() -> access.require(id, owner, ProjectRole.OWNER), ProjectRole.OWNER, ProjectRole.CODER);
        assertThat(access.require(id, owner, ProjectRole.CODER).ownerId()).isEqualTo(coder);
    }

    @Test
    void aDeletedProjectIsGoneForItsOwnerAndItsMembersAndIsAnnounced(AssertablePublishedEvents events) {
        UUID owner = user("Olga");
        UUID coder = user("Cora");
        UUID id = projects.create(owner, draft("Fim")).id();
        members.add(owner, id, email(coder), ProjectRole.CODER);

        projects.delete(owner, id);

        assertThat(events).contains(ProjectDeleted.class).matching(ProjectDeleted::projectId, id);
        assertThat(projects.ref(id)).isEmpty();
        notFound(() -> projects.get(owner, id));
        notFound(() -> access.require(id, owner, ProjectRole.VIEWER));
        notFound(() -> access.check(id, coder, ProjectRole.VIEWER));
        notFound(() -> projects.delete(owner, id));
        assertThat(projects.list(owner, 0, 20).getContent())
                .extracting(ProjectView::id)
                .doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_members WHERE project_id = ?", Long.class, id))
                .as("memberships went with the project")
                .isZero();
    }

    private UUID user(String name) {
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase() + "-" + id + "@project.example";
        jdbc.update("INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, ?, now())", id, email, name);
        users.put(id, new AccountView(id, email, name));
        return id;
    }

    private String email(UUID user) {
        return users.get(user).email();
    }

    private static ProjectDraft draft(String name) {
        return new ProjectDraft(name, null, null, null, null);
    }

    private static DomainException notFound(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused as not found").isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        return e;
    }

    private static void roleRequired(ThrowingCallable call, ProjectRole required, ProjectRole role) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.is(ProjectError.ROLE_REQUIRED)).isTrue();
            assertThat(e.category().httpStatus()).isEqualTo(403);
            assertThat(e.details())
                    .containsEntry("required_role", required.code())
                    .containsEntry("role", role.code());
        });
    }
}
