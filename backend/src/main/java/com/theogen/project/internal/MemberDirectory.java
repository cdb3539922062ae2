package com.theogen.project.internal;

import com.theogen.project.ProjectMember;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.security.Accounts;
import com.theogen.security.Accounts.AccountView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Members with the names (and, for whom may see them, emails) of their accounts. */
@Component
class MemberDirectory {

    private static final String UNKNOWN = "?";

    private final MemberStore members;
    private final Accounts accounts;

    MemberDirectory(MemberStore members, Accounts accounts) {
        this.members = members;
        this.accounts = accounts;
    }

    /** The members of each project, in {@link MemberStore} order. */
    Map<UUID, List<ProjectView.Member>> summaries(Collection<UUID> projectIds) {
        List<MemberStore.MemberRow> rows = members.members(projectIds);
        Map<UUID, AccountView> names = accountsOf(rows);
        Map<UUID, List<ProjectView.Member>> result = new LinkedHashMap<>();
        projectIds.forEach(id -> result.put(id, new ArrayList<>()));
        for (MemberStore.MemberRow row : rows) {
            result.get(row.projectId())
                    .add(new ProjectView.Member(row.userId(), name(names.get(row.userId())), row.role()));
        }
        return result;
    }

    /** The project's members as {@code viewerId} may see them: emails only for the owner and for oneself. */
    List<ProjectMember> members(UUID projectId, UUID viewerId, ProjectRole viewerRole) {
        List<MemberStore.MemberRow> rows = members.members(projectId);
        Map<UUID, AccountView> accounts = accountsOf(rows);
        return rows.stream()
                .map(row -> member(
                        row,
                        accounts.get(row.userId()),
                        viewerRole == ProjectRole.OWNER || row.userId().equals(viewerId)))
                .toList();
    }

    private Map<UUID, AccountView> accountsOf(List<MemberStore.MemberRow> rows) {
        return accounts.describeAll(
                rows.stream().map(MemberStore.MemberRow::userId).toList());
    }

    static ProjectMember member(MemberStore.MemberRow row, AccountView account, boolean showEmail) {
        return new ProjectMember(
                row.userId(),
                name(account),
                showEmail && account != null ? account.email() : null,
                row.role(),
                row.addedAt(),
                row.addedBy());
    }

    private static String name(AccountView account) {
        return account == null ? UNKNOWN : account.displayName();
    }
}
