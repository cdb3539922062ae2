package com.theogen.coding.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.theogen.coding.CoderKind;
import com.theogen.coding.Memos;
import com.theogen.interview.InterviewFragments;
import com.theogen.llm.ModelRole;
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
    private static final String SELECT = "SELECT m.id, m.project_id, m.interview_id, m.code_id, m.category_id,"
            + " m.theory_id, m.title, m.body, m.created_at, m.updated_at, m.coder_id, m.citations::text AS citations,"
            + " k.kind AS author_kind, k.display_name AS author_name"
            + " FROM memos m JOIN coders k ON k.project_id = m.project_id AND k.id = m.coder_id";
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};
    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final JdbcTemplate jdbc;
    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final InterviewFragments fragments;
    private final CoderStore coders;
    private final ResearcherMemoContext context;

    MemoService(
            JdbcTemplate jdbc,
            CodingAccess access,
            ProjectDirectory directory,
            InterviewFragments fragments,
            CoderStore coders,
            ResearcherMemoContext context) {
        this.coders = coders;
        this.context = context;
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.fragments = fragments;
    }

    @Override
    public List<MemoView> list(UUID userId, UUID projectId, UUID interviewId, UUID codeId, UUID categoryId) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        return jdbc.query(
                SELECT + " WHERE m.project_id = ?"
                        + " AND (?::uuid IS NULL OR m.interview_id = ?) AND (?::uuid IS NULL OR m.code_id = ?)"
                        + " AND (?::uuid IS NULL OR m.category_id = ?) ORDER BY m.updated_at DESC, m.id",
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
        UUID editor = coders.user(memo.projectId(), userId).id();
        jdbc.update(
                "UPDATE memos SET interview_id = ?, code_id = ?, category_id = ?, theory_id = ?, title = ?, body = ?,"
                        + " coder_id = ?, updated_at = now() WHERE id = ?",
                changes.interviewId() == null ? memo.interviewId() : changes.interviewId(),
                changes.codeId() == null ? memo.codeId() : changes.codeId(),
                changes.categoryId() == null ? memo.categoryId() : changes.categoryId(),
                changes.theoryId() == null ? memo.theoryId() : changes.theoryId(),
                changes.title() == null ? memo.title() : requireTitle(changes.title()),
                changes.body() == null ? memo.body() : changes.body(),
                editor,
                memoId);
        return find(memoId);
    }

    @Override
    public void delete(UUID userId, UUID memoId) {
        memo(userId, memoId, ProjectRole.CODER);
        jdbc.update("DELETE FROM memos WHERE id = ?", memoId);
    }

    @Override
    public String promptContext(UUID projectId, ModelRole role) {
        return context.render(projectId, role);
    }

    /** Stores a model's draft for a code or a category, replacing that target's earlier model memos. */
    Replaced storeDraft(
            UUID projectId,
            UUID codeId,
            UUID categoryId,
            UUID coderId,
            String title,
            String body,
            List<Citation> cites) {
        int removed = jdbc.update(
                "DELETE FROM memos m WHERE m.project_id = ? AND m.code_id IS NOT DISTINCT FROM ?"
                        + " AND m.category_id IS NOT DISTINCT FROM ? AND EXISTS (SELECT 1 FROM coders k"
                        + " WHERE k.project_id = m.project_id AND k.id = m.coder_id AND k.kind = 'ai')",
                projectId,
                codeId,
                categoryId);
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO memos (" + COLUMNS + ", citations) VALUES (?, ?, NULL, ?, ?, NULL, ?, ?, now(), now(), ?,"
                        + " ?::jsonb)",
                id,
                projectId,
                codeId,
                categoryId,
                title.length() > 200 ? title.substring(0, 200) : title,
                body,
                coderId,
                write(cites));
        return new Replaced(id, removed);
    }

    /** A stored draft and how many earlier model memos it replaced. */
    record Replaced(UUID memoId, int removed) {}

    private static String write(List<Citation> cites) {
        try {
            return JSON.writeValueAsString(cites);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Citation> citations(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CITATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("memo citations are not readable", e);
        }
    }

    private MemoView memo(UUID userId, UUID memoId, ProjectRole role) {
        MemoView memo = find(memoId);
        access.require(memo.projectId(), userId, role, "Memo");
        return memo;
    }

    private MemoView find(UUID memoId) {
        return jdbc.query(SELECT + " WHERE m.id = ?", MemoService::row, memoId).stream()
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
                rs.getObject("coder_id", UUID.class),
                CoderKind.fromCode(rs.getString("author_kind")),
                rs.getString("author_name"),
                citations(rs.getString("citations")));
    }
}
