package com.theogen.web;

import static com.theogen.project.ProjectRole.CODER;
import static com.theogen.project.ProjectRole.OWNER;
import static com.theogen.project.ProjectRole.VIEWER;

import com.theogen.project.ProjectRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who may call what: every project-scoped endpoint with the least role it needs and the status a member who holds
 * that role gets. The policy as the issue states it, written down independently of the code: viewers read
 * everything and export; coders also code (codes, applications, categories, relevance marks), write memos, upload
 * and run auto-coding, theory and resync jobs; only owners edit or delete the project, manage members and delete
 * interviews. {@link RoleMatrixTest} checks every row against the running server and against the route table.
 */
final class RoleMatrix {

    private RoleMatrix() {}

    /** Endpoints that do not work inside one project: no row, and no role to declare. */
    static final Set<String> NOT_PROJECT_SCOPED = Set.of(
            "POST /api/auth/register",
            "POST /api/auth/login",
            "GET /api/auth/me",
            "GET /api/llm/status",
            "GET /api/domain-templates",
            "GET /api/demo-project",
            "POST /api/demo-project",
            "GET /api/projects",
            "POST /api/projects",
            // a new project's owner is the caller; the file is checked before the project exists
            "POST /api/projects/import",
            // a signed playback link: the signature, not a bearer token, authorises it
            "GET /api/media/{interviewId}");

    /** What a row needs created anew for each caller, because a successful call uses it up or changes the team. */
    enum Fresh {
        NOTHING,
        /** a new project of the owner's with the coder and the viewer */
        PROJECT,
        /** the same, with one interview (a theory run refuses an empty project) */
        PROJECT_WITH_INTERVIEW,
        INTERVIEW,
        CODE,
        TWO_CODES,
        CATEGORY,
        CATEGORY_AND_CODE,
        MEMO,
        APPLICATION
    }

    /**
     * One endpoint.
     *
     * @param route method and path exactly as in the route table
     * @param role the least role that succeeds
     * @param ok the status a caller with that role gets
     * @param declared the role the endpoint's {@code @ProjectScoped} declares (differs for canceling another
     *     member's job: any member may cancel their own)
     * @param ownerStatus what the owner gets when it is not {@code ok} (leaving is refused to the owner)
     */
    record Row(
            String route,
            String query,
            ProjectRole role,
            int ok,
            Fresh fresh,
            Function<Map<String, String>, Object> body,
            ProjectRole declared,
            Integer ownerStatus) {

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String path() {
            return route.substring(route.indexOf(' ') + 1);
        }

        int expected(ProjectRole caller) {
            if (caller == OWNER && ownerStatus != null) {
                return ownerStatus;
            }
            return caller.includes(role) ? ok : 403;
        }

        Row fresh(Fresh what) {
            return new Row(route, query, role, ok, what, body, declared, ownerStatus);
        }

        Row body(Function<Map<String, String>, Object> make) {
            return new Row(route, query, role, ok, fresh, make, declared, ownerStatus);
        }

        Row query(String text) {
            return new Row(route, text, role, ok, fresh, body, declared, ownerStatus);
        }

        Row declared(ProjectRole annotated) {
            return new Row(route, query, role, ok, fresh, body, annotated, ownerStatus);
        }

        Row owner(int status) {
            return new Row(route, query, role, ok, fresh, body, declared, status);
        }

        @Override
        public String toString() {
            return route + " (" + role.code() + ")";
        }
    }

    static Row row(String route, ProjectRole role, int ok) {
        return new Row(route, "", role, ok, Fresh.NOTHING, ids -> null, role, null);
    }

    private static Object json(Object... keysAndValues) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<Row> rows() {
        return List.of(
                // projects
                row("GET /api/projects/{projectId}", VIEWER, 200),
                row("PATCH /api/projects/{projectId}", OWNER, 200).body(ids -> json("description", "edited")),
                row("DELETE /api/projects/{projectId}", OWNER, 204).fresh(Fresh.PROJECT),
                // members
                row("GET /api/projects/{projectId}/members", VIEWER, 200),
                row("POST /api/projects/{projectId}/members", OWNER, 201)
                        .fresh(Fresh.PROJECT)
                        .body(ids -> json("email", ids.get("extraEmail"), "role", "viewer")),
                row("PATCH /api/projects/{projectId}/members/{userId}", OWNER, 200)
                        .fresh(Fresh.PROJECT)
                        .body(ids -> json("role", "viewer")),
                row("DELETE /api/projects/{projectId}/members/{userId}", OWNER, 204)
                        .fresh(Fresh.PROJECT),
                row("POST /api/projects/{projectId}/leave", VIEWER, 204)
                        .fresh(Fresh.PROJECT)
                        .owner(409),
                row("POST /api/projects/{projectId}/transfer-ownership", OWNER, 204)
                        .fresh(Fresh.PROJECT)
                        .body(ids -> json("user_id", ids.get("userId"))),
                // interviews
                row("POST /api/projects/{projectId}/interviews", CODER, 201).body(ids -> RoleMatrixTest.TRANSCRIPT),
                row("GET /api/projects/{projectId}/interviews", VIEWER, 200),
                row("GET /api/interviews/{interviewId}", VIEWER, 200),
                row("GET /api/interviews/{interviewId}/fragments", VIEWER, 200),
                row("DELETE /api/interviews/{interviewId}", OWNER, 204).fresh(Fresh.INTERVIEW),
                row("PATCH /api/interviews/{interviewId}", CODER, 200).body(ids -> json("spoken_language", "es")),
                row("GET /api/interviews/{interviewId}/attributes", VIEWER, 200),
                row("PUT /api/interviews/{interviewId}/attributes", CODER, 200)
                        .body(ids ->
                                json("attributes", List.of(json("name", "edad", "type", "integer", "value", "41")))),
                // recordings: the shared interview is a transcript, so a member who passes the role check gets the
                // recording's own refusal (409 not a recording, 404 MEDIA_NOT_FOUND or SPEAKER_NOT_FOUND), never the
                // 404
                // of a stranger
                row("POST /api/interviews/{interviewId}/transcription/retry", CODER, 409),
                row("POST /api/interviews/{interviewId}/transcript", CODER, 409).body(ids -> RoleMatrixTest.TRANSCRIPT),
                row("POST /api/interviews/{interviewId}/speakers/rename", CODER, 404)
                        .body(ids -> json("from", "Nobody", "to", "Somebody")),
                row("GET /api/interviews/{interviewId}/media-link", VIEWER, 404),
                row("GET /api/fragments/{fragmentId}/clip", VIEWER, 404),
                // search and evidence
                row("GET /api/projects/{projectId}/search", VIEWER, 200).query("?q=cuidado"),
                row("POST /api/projects/{projectId}/evidence/resync", CODER, 202)
                        .fresh(Fresh.PROJECT),
                // coding
                row("POST /api/projects/{projectId}/auto-code", CODER, 202)
                        .fresh(Fresh.PROJECT)
                        .body(ids -> json("recode", false)),
                row("GET /api/projects/{projectId}/auto-code/status/{taskId}", VIEWER, 200),
                row("GET /api/projects/{projectId}/codes", VIEWER, 200),
                row("POST /api/projects/{projectId}/codes", CODER, 201).body(ids -> json("label", unique("code"))),
                row("PATCH /api/codes/{codeId}", CODER, 200).body(ids -> json("definition", "edited")),
                row("POST /api/codes/{codeId}/merge", CODER, 200)
                        .fresh(Fresh.TWO_CODES)
                        .body(ids -> json("into_code_id", ids.get("intoCodeId"))),
                row("DELETE /api/codes/{codeId}", CODER, 204).fresh(Fresh.CODE),
                row("GET /api/codes/{codeId}/evidence", VIEWER, 200),
                row("POST /api/fragments/{fragmentId}/codes", CODER, 201)
                        .body(ids -> json("label", unique("applied"), "quote_start", 0, "quote_end", 5)),
                row("DELETE /api/code-applications/{applicationId}", CODER, 204).fresh(Fresh.APPLICATION),
                row("GET /api/projects/{projectId}/coverage", VIEWER, 200),
                row("GET /api/interviews/{interviewId}/coding-state", VIEWER, 200),
                row("PUT /api/fragments/{fragmentId}/relevance", CODER, 200).body(ids -> json("not_relevant", false)),
                row("GET /api/projects/{projectId}/categories", VIEWER, 200),
                row("POST /api/projects/{projectId}/categories", CODER, 201)
                        .body(ids -> json("name", unique("category"))),
                row("PATCH /api/categories/{categoryId}", CODER, 200).body(ids -> json("definition", "edited")),
                row("DELETE /api/categories/{categoryId}", CODER, 204).fresh(Fresh.CATEGORY),
                row("POST /api/categories/{categoryId}/codes", CODER, 200)
                        .fresh(Fresh.CATEGORY_AND_CODE)
                        .body(ids -> json("code_ids", List.of(ids.get("codeId")))),
                row("GET /api/categories/{categoryId}/evidence", VIEWER, 200),
                row("GET /api/projects/{projectId}/memos", VIEWER, 200),
                row("POST /api/projects/{projectId}/memos", CODER, 201).body(ids -> json("title", unique("memo"))),
                row("GET /api/memos/{memoId}", VIEWER, 200),
                row("PATCH /api/memos/{memoId}", CODER, 200).body(ids -> json("body", "edited")),
                row("DELETE /api/memos/{memoId}", CODER, 204).fresh(Fresh.MEMO),
                // drafting memos needs a model; this server has none, so a coder is told so (docs/adr/036)
                row("POST /api/projects/{projectId}/memos/draft", CODER, 400)
                        .body(ids -> json("code_ids", List.of(ids.get("codeId")))),
                // theory runs and theories
                row("POST /api/projects/{projectId}/generate-theory", CODER, 202)
                        .fresh(Fresh.PROJECT_WITH_INTERVIEW)
                        .body(ids -> json()),
                row("GET /api/projects/{projectId}/generate-theory/status/{taskId}", VIEWER, 200),
                row("POST /api/projects/{projectId}/generate-theory/cancel/{taskId}", OWNER, 200)
                        .declared(VIEWER),
                row("GET /api/projects/{projectId}/theories", VIEWER, 200),
                row("GET /api/projects/{projectId}/theories/{theoryId}", VIEWER, 200),
                row("GET /api/projects/{projectId}/theories/{theoryId}/network-layout", VIEWER, 200),
                // jobs
                row("GET /api/projects/{projectId}/jobs", VIEWER, 200),
                row("GET /api/projects/{projectId}/jobs/{jobId}", VIEWER, 200),
                row("GET /api/projects/{projectId}/jobs/{jobId}/events", VIEWER, 200),
                row("POST /api/projects/{projectId}/jobs/{jobId}/cancel", OWNER, 200)
                        .declared(VIEWER),
                // exports
                row("POST /api/projects/{projectId}/theories/{theoryId}/export", VIEWER, 200)
                        .query("?format=png"),
                row("GET /api/projects/{projectId}/exports", VIEWER, 200),
                row("GET /api/projects/{projectId}/exports/{exportId}", VIEWER, 200),
                row("GET /api/projects/{projectId}/exports/{exportId}/download", VIEWER, 200),
                row("GET /api/projects/{projectId}/interviews/export", VIEWER, 200)
                        .query("?format=txt"),
                row("GET /api/projects/{projectId}/codebook/export", VIEWER, 200)
                        .query("?format=csv"),
                row("POST /api/projects/{projectId}/codebook/import", CODER, 200)
                        .body(ids -> "code,definition\n" + unique("imported") + ",from CSV\n"),
                // project exchange (REFI-QDA); a JSON body is not a .qdpx, so a coder gets the file's 4xx
                row("GET /api/projects/{projectId}/coders", VIEWER, 200),
                row("GET /api/projects/{projectId}/export", VIEWER, 200).query("?format=qdc"),
                row("POST /api/projects/{projectId}/import", CODER, 400)
                        .query("?format=qdpx")
                        .fresh(Fresh.PROJECT)
                        .body(ids -> json("not", "a qdpx")),
                // inter-coder agreement (reads; the fixture's owner wrote a memo and the offline analyst coded)
                row("POST /api/projects/{projectId}/agreement", VIEWER, 200)
                        .body(ids -> json("coder_a", ids.get("coderA"), "coder_b", ids.get("coderB"))),
                row("POST /api/projects/{projectId}/agreement/export", VIEWER, 200)
                        .body(ids ->
                                json("coder_a", ids.get("coderA"), "coder_b", ids.get("coderB"), "unit", "character")),
                // review queue for machine coding (docs/adr/031): reading is a viewer's, reviewing a coder's
                row("GET /api/projects/{projectId}/review", VIEWER, 200),
                row("POST /api/code-applications/{applicationId}/review", CODER, 200)
                        .body(ids -> json("state", "accepted")),
                row("POST /api/projects/{projectId}/review", CODER, 200)
                        .body(ids -> json("application_ids", List.of(ids.get("applicationId")), "state", "accepted")),
                // matrices, case attributes, study overview (a member asking for a cell the matrix lacks gets 400)
                row("GET /api/projects/{projectId}/matrix", VIEWER, 200).query("?kind=cooccurrence"),
                row("GET /api/projects/{projectId}/matrix/cell", VIEWER, 400)
                        .query("?kind=interviews&row=00000000-0000-4000-8000-000000000000&column=x"),
                row("GET /api/projects/{projectId}/attributes", VIEWER, 200),
                row("POST /api/projects/{projectId}/attributes/import", CODER, 200)
                        .body(ids -> "interview,site\n" + ids.get("interviewId") + ",Norte\n"),
                row("GET /api/projects/{projectId}/overview", VIEWER, 200),
                // the transcript as the coding surface (#19)
                row("GET /api/interviews/{interviewId}/code-applications", VIEWER, 200));
    }
}
