package com.theogen.coding.internal;

import com.theogen.coding.MemoProperties;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.llm.LlmClient;
import com.theogen.llm.ModelRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The researcher's own memos as prompt context (docs/adr/036): memos of members and imported coders — never a
 * model's draft, which would feed the model its own words back as the researcher's — newest first, each as {@code
 * <memo about="code: …">title: body</memo>} on its own lines, tags inside the text defused. Whole memos are added
 * while they fit {@code theogen.memos.researcher-context-tokens} of the role's model; a memo that alone exceeds
 * what is left is cut at a word, then the block ends.
 */
@Component
class ResearcherMemoContext {

    private static final Pattern TAG = Pattern.compile("(?i)</?\\s*memo\\b[^>]*>?");
    private static final int MEMO_CHARS = 4000;

    private final JdbcTemplate jdbc;
    private final ProjectDirectory directory;
    private final LlmClient llm;
    private final MemoProperties properties;

    ResearcherMemoContext(JdbcTemplate jdbc, ProjectDirectory directory, LlmClient llm, MemoProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.llm = llm;
        this.properties = properties;
    }

    private record Row(String about, String title, String body) {}

    /** A memo with what it is about: a code, a category, an interview (named by its participant) or the project. */
    private record Linked(String code, String category, UUID interviewId, String title, String body) {

        Row row(Map<UUID, InterviewInfo> interviews) {
            InterviewInfo interview = interviewId == null ? null : interviews.get(interviewId);
            return new Row(about(code, category, interview == null ? null : interview.participant()), title, body);
        }
    }

    String render(UUID projectId, ModelRole role) {
        int budget = properties.researcherContextTokens();
        if (budget <= 0) {
            return "";
        }
        List<Linked> memos = jdbc.query(
                "SELECT m.title, m.body, c.label AS code, g.name AS category, m.interview_id"
                        + " FROM memos m JOIN coders k ON k.project_id = m.project_id AND k.id = m.coder_id"
                        + " LEFT JOIN codes c ON c.id = m.code_id LEFT JOIN categories g ON g.id = m.category_id"
                        + " WHERE m.project_id = ? AND k.kind IN ('user', 'imported')"
                        + " ORDER BY m.updated_at DESC, m.id LIMIT 200",
                (rs, i) -> new Linked(
                        rs.getString("code"),
                        rs.getString("category"),
                        rs.getObject("interview_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("body")),
                projectId);
        // participants come from the interview module, in one call for all memos
        Map<UUID, InterviewInfo> interviews =
                memos.stream().anyMatch(m -> m.interviewId() != null) ? directory.interviews(projectId) : Map.of();
        List<Row> rows = memos.stream().map(m -> m.row(interviews)).toList();
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (Row row : rows) {
            String memo = memo(row);
            int tokens = llm.countTokens(role, memo);
            if (used + tokens > budget) {
                String cut = cut(row, budget - used, role);
                if (!cut.isEmpty()) {
                    out.append(cut).append('\n');
                }
                break;
            }
            out.append(memo).append('\n');
            used += tokens;
        }
        return out.toString().strip();
    }

    private String cut(Row row, int tokensLeft, ModelRole role) {
        String body = row.body() == null ? "" : row.body();
        while (body.length() > 40) {
            body = body.substring(0, body.length() * 2 / 3);
            int space = body.lastIndexOf(' ');
            body = space > 0 ? body.substring(0, space) : body;
            String memo = memo(new Row(row.about(), row.title(), body + " …"));
            if (llm.countTokens(role, memo) <= tokensLeft) {
                return memo;
            }
        }
        return "";
    }

    private static String memo(Row row) {
        String body = row.body() == null ? "" : row.body().strip();
        if (body.length() > MEMO_CHARS) {
            body = body.substring(0, MEMO_CHARS) + " …";
        }
        return "<memo about=\"" + attribute(row.about()) + "\">" + data(row.title()) + ": " + data(body) + "</memo>";
    }

    private static String about(String code, String category, String interview) {
        if (code != null) {
            return "code: " + code;
        }
        if (category != null) {
            return "category: " + category;
        }
        if (interview != null) {
            return "interview: " + interview;
        }
        return "project";
    }

    private static String attribute(String text) {
        return data(text).replace("\"", "'");
    }

    /** Memo text made safe between the delimiters: no tag of ours inside. */
    static String data(String text) {
        return TAG.matcher(text == null ? "" : text)
                .replaceAll(m ->
                        Matcher.quoteReplacement("‹" + m.group().substring(1).replace(">", "›")));
    }
}
