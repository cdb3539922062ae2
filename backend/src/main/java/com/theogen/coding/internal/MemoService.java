package com.theogen.coding.internal;

import com.theogen.coding.Memos;
import com.theogen.interview.InterviewFragments;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Memos, stored in SQL; links are checked to lie in the memo's project. */
@Service
class MemoService implements Memos {

    private static final String COLUMNS =
            "id, project_id, interview_id, code_id, category_id, theory_id, title, body, created_at, updated_at, coder_id";

    private final JdbcTemplate jdbc;
    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final InterviewFragments fragments;
    private final CoderStore coders;

    MemoService(
            JdbcTemplate jdbc,
            CodingAccess access,
            ProjectDirectory directory,
            InterviewFragments fragments,
            CoderStore coders) {
        this.coders = coders;
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.fragments = fragments;
    }

    @Override
    public List<MemoView> list(UUID userId, UUID projectId, UUID interviewId, UUID codeId, UUID categoryId) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM memos WHERE project_id = ?"
                        + " AND (?::uuid IS NULL OR interview_id = ?) AND (?::uuid IS NULL OR code_id = ?)"
                        + " AND (?::uuid IS NULL OR category_id = ?) ORDER BY updated_at DESC, id",
                MemoService::row,
                projectId,
                interviewId,
                interviewId,
                codeId,
                codeId,
                categoryId,
                categoryId);
    }

    @Override
    public MemoView create(UUID userId, UUID projectId, MemoDraft draft) {
        access.project(projectId, userId, ProjectRole.CODER);
        checkLinks(userId, projectId, draft);
        String title = requireTitle(draft.title());
        UUID id = UUID.randomUUID();
        UUID coderId = coders.user(projectId, userId).id();
        jdbc.update(
                "INSERT INTO memos (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), now(), ?)",
                id,
                projectId,
                draft.interviewId(),
                draft.codeId(),
                draft.categoryId(),
                draft.theoryId(),
                title,
                draft.body() == null ? "" : draft.body(),
                coderId);
        return find(id);
    }

    @Override
    public MemoView get(UUID userId, UUID memoId) {
        return memo(userId, memoId, ProjectRole.VIEWER);
    }

    @Override
    public MemoView update(UUID userId, UUID memoId, MemoDraft changes) {
        MemoView memo = memo(userId, memoId, ProjectRole.CODER);
        checkLinks(userId, memo.projectId(), changes);
        jdbc.update(
                "UPDATE memos SET interview_id = ?, code_id = ?, category_id = ?, theory_id = ?, title = ?, body = ?,"
                        + " updated_at = now() WHERE id = ?",
                changes.interviewId() == null ? memo.interviewId() : changes.interviewId(),
                changes.codeId() == null ? memo.codeId() : changes.codeId(),
                changes.categoryId() == null ? memo.categoryId() : changes.categoryId(),
                changes.theoryId() == null ? memo.theoryId() : changes.theoryId(),
                changes.title() == null ? memo.title() : requireTitle(changes.title()),
                changes.body() == null ? memo.body() : changes.body(),
                memoId);
        return find(memoId);
    }

    @Override
    public void delete(UUID userId, UUID memoId) {
        memo(userId, memoId, ProjectRole.CODER);
        jdbc.update("DELETE FROM memos WHERE id = ?", memoId);
    }

    private MemoView memo(UUID userId, UUID memoId, ProjectRole role) {
        MemoView memo = find(memoId);
        access.require(memo.projectId(), userId, role, "Memo");
        return memo;
    }

    private MemoView find(UUID memoId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM memos WHERE id = ?", MemoService::row, memoId).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Memo"));
    }

    private void checkLinks(UUID userId, UUID projectId, MemoDraft draft) {
        if (draft.interviewId() != null && !directory.interviews(projectId).containsKey(draft.interviewId())) {
            throw DomainException.notFound("Interview");
        }
        if (draft.codeId() != null
                && !access.code(draft.codeId(), userId, ProjectRole.VIEWER)
                        .projectId()
                        .equals(projectId)) {
            throw DomainException.notFound("Code");
        }
        if (draft.categoryId() != null
                && !access.category(draft.categoryId(), userId, ProjectRole.VIEWER)
                        .projectId()
                        .equals(projectId)) {
            throw DomainException.notFound("Category");
        }
        if (draft.theoryId() != null
                && !directory
                        .projectOfTheory(draft.theoryId())
                        .map(projectId::equals)
                        .orElse(false)) {
            throw DomainException.notFound("Theory");
        }
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("INVALID_TITLE", "title must not be blank");
        }
        String clean = title.strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    private static MemoView row(ResultSet rs, int i) throws SQLException {
        return new MemoView(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("interview_id", UUID.class),
                rs.getObject("code_id", UUID.class),
                rs.getObject("category_id", UUID.class),
                rs.getObject("theory_id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("coder_id", UUID.class));
    }
}
