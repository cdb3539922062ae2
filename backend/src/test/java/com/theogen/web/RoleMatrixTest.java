package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.Team;
import com.theogen.support.Team.Account;
import com.theogen.web.RoleMatrix.Fresh;
import com.theogen.web.RoleMatrix.Row;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every project-scoped endpoint × owner, coder, viewer and a stranger: a member whose role suffices gets the
 * endpoint's answer, one whose role does not gets 403 {@code ROLE_REQUIRED} naming the role needed, and a stranger
 * gets the 404 of an unknown id. The rows ({@link RoleMatrix}) are checked against the route table, so an endpoint
 * added without a row fails here, and against each endpoint's declared {@code @ProjectScoped} role, which the
 * OpenAPI document publishes.
 *
 * <p>The shared project is the owner's demo project (eight interviews) with a real theory, so that reads of
 * theories and exports answer 200; rows whose success uses something up get a fresh one per caller.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    static final String TRANSCRIPT = "Entrevistadora: ¿Cómo organiza el cuidado?\n"
            + "Marta: Cuido a mi madre por las noches y trabajo de día; el cansancio se acumula.\n";

    @Autowired
    ApiClient api;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ObjectMapper json;

    Team team;
    Account extra;
    final Map<String, String> shared = new HashMap<>();

    @BeforeAll
    void demoProjectWithATheory() {
        team = Team.register(api);
        extra = Team.account(api, "Extra Account");
        String project =
                post(team.owner(), "/api/demo-project", null, 201).get("id").asText();
        team.join(project);
        shared.put("projectId", project);
        String interview = get(team.owner(), "/api/projects/" + project + "/interviews")
                .get("items")
                .get(0)
                .get("id")
                .asText();
        shared.put("interviewId", interview);
        shared.put(
                "fragmentId",
                get(team.owner(), "/api/interviews/" + interview + "/fragments")
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());

        String autoCode = post(team.owner(), "/api/projects/" + project + "/auto-code", Map.of(), 202)
                .get("task_id")
                .asText();
        awaitJob(project, autoCode);
        shared.put("autoCodeTask", autoCode);
        String theoryTask = post(team.owner(), "/api/projects/" + project + "/generate-theory", Map.of(), 202)
                .get("task_id")
                .asText();
        JsonNode run = awaitJob(project, theoryTask);
        assertThat(run.get("status").asText()).as("the fixture's theory run").isEqualTo("completed");
        shared.put("theoryTask", theoryTask);
        shared.put("theoryId", run.get("result_id").asText());
        shared.put(
                "exportId",
                post(
                                team.owner(),
                                "/api/projects/" + project + "/theories/" + shared.get("theoryId")
                                        + "/export?format=png",
                                null,
                                200)
                        .get("export_id")
                        .asText());
        shared.put(
                "codeId",
                get(team.owner(), "/api/projects/" + project + "/codes")
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());
        shared.put(
                "categoryId",
                get(team.owner(), "/api/projects/" + project + "/categories")
                        .get(0)
                        .get("id")
                        .asText());
        shared.put("memoId", newMemo(project));
        shared.put("userId", team.coder().id().toString());
        shared.put("extraEmail", extra.email());
        JsonNode coders = get(team.owner(), "/api/projects/" + project + "/coders");
        shared.put("coderA", coders.get(0).get("id").asText());
        shared.put("coderB", coders.get(1).get("id").asText());
        // a machine application of the auto-coding above, for the review queue's rows
        shared.put(
                "applicationId",
                get(team.owner(), "/api/projects/" + project + "/review")
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText());
    }

    static Stream<Row> rows() {
        return RoleMatrix.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRoleGetsWhatThePolicySays(Row row) {
        Map<String, String> failures = new TreeMap<>();
        check(row, team.stranger(), null, failures);
        check(row, team.viewer(), ProjectRole.VIEWER, failures);
        check(row, team.coder(), ProjectRole.CODER, failures);
        check(row, team.owner(), ProjectRole.OWNER, failures);
        assertThat(failures).as(row.route()).isEmpty();
    }

    @Test
    void everyApiRouteHasARowOrIsNotProjectScoped() {
        Map<String, HandlerMethod> routes = apiRoutes();
        List<String> rows = RoleMatrix.rows().stream().map(Row::route).toList();

        assertThat(rows).doesNotHaveDuplicates();
        TreeSet<String> missing = new TreeSet<>(routes.keySet());
        missing.removeAll(rows);
        missing.removeAll(RoleMatrix.NOT_PROJECT_SCOPED);
        assertThat(missing).as("endpoints without a row in RoleMatrix").isEmpty();
        TreeSet<String> stale = new TreeSet<>(rows);
        stale.addAll(RoleMatrix.NOT_PROJECT_SCOPED);
        stale.removeAll(routes.keySet());
        assertThat(stale).as("rows for endpoints that do not exist").isEmpty();
    }

    @Test
    void everyProjectScopedEndpointDeclaresTheRoleOfItsRow() {
        Map<String, HandlerMethod> routes = apiRoutes();
        Map<String, String> declared = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        routes.forEach((route, handler) -> {
            ProjectScoped scoped = handler.getMethodAnnotation(ProjectScoped.class);
            declared.put(route, scoped == null ? "-" : scoped.value().code());
        });
        RoleMatrix.NOT_PROJECT_SCOPED.forEach(route -> expected.put(route, "-"));
        RoleMatrix.rows()
                .forEach(row -> expected.put(row.route(), row.declared().code()));
        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void openApiPublishesEachEndpointsRoleAndItsForbiddenAnswer() {
        JsonNode paths = api.apiDocs().path("paths");
        Map<String, String> published = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (Row row : RoleMatrix.rows()) {
            JsonNode operation = paths.path(row.path()).path(row.method().toLowerCase(Locale.ROOT));
            JsonNode responses = operation.path("responses");
            published.put(
                    row.route(),
                    operation.path("x-required-role").asText("-") + " 404=" + responses.has("404") + " 403="
                            + responses.has("403"));
            expected.put(row.route(), row.declared().code() + " 404=true 403=" + (row.role() != ProjectRole.VIEWER));
        }
        assertThat(published).isEqualTo(expected);
        assertThat(paths.path("/api/interviews/{interviewId}")
                        .path("delete")
                        .path("responses")
                        .path("403")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ProjectAccessProblem");
    }

    private void check(Row row, Account who, ProjectRole role, Map<String, String> failures) {
        Map<String, String> ids = new HashMap<>(shared);
        ids.putAll(fresh(row.fresh()));
        String uri = expand(row.path(), ids) + row.query();
        int expected = role == null ? 404 : row.expected(role);
        // Read as raw buffers: a download is larger than the client's default in-memory limit.
        FluxExchangeResult<DataBuffer> result = request(
                        who, HttpMethod.valueOf(row.method()), uri, row.body().apply(ids))
                .returnResult(DataBuffer.class);
        int status = result.getStatus().value();
        String body = DataBufferUtils.join(result.getResponseBody())
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .defaultIfEmpty("")
                .block(Duration.ofMinutes(1));
        String caller = role == null ? "stranger" : role.code();
        if (status != expected) {
            failures.put(caller, "expected " + expected + ", got " + status + ": " + body);
            return;
        }
        if (status == 403) {
            JsonNode problem = read(body);
            if (!"ROLE_REQUIRED".equals(problem.path("error_code").asText())
                    || !row.role().code().equals(problem.path("required_role").asText())) {
                failures.put(caller, "403 without ROLE_REQUIRED/" + row.role().code() + ": " + body);
            }
        }
        if (status == 404) {
            // A stranger's 404 is that of an unknown id; a member's (a recording the interview lacks) is not.
            boolean unknownId = "NOT_FOUND".equals(read(body).path("error_code").asText());
            if (role == null && !unknownId) {
                failures.put(caller, "404 is not the NOT_FOUND of an unknown id: " + body);
            } else if (role != null && unknownId) {
                failures.put(caller, "a member got the NOT_FOUND of an unknown id: " + body);
            }
        }
    }

    /** Creates, as the owner, what a row uses up; returns the ids to substitute. */
    private Map<String, String> fresh(Fresh what) {
        String project = shared.get("projectId");
        return switch (what) {
            case NOTHING -> Map.of();
            case PROJECT -> Map.of("projectId", team.project("fresh"));
            case PROJECT_WITH_INTERVIEW -> {
                String fresh = team.project("fresh with an interview");
                upload(team.owner(), fresh, 201);
                yield Map.of("projectId", fresh);
            }
            case INTERVIEW ->
                Map.of(
                        "interviewId",
                        upload(team.owner(), project, 201)
                                .get("files")
                                .get(0)
                                .get("interview")
                                .get("id")
                                .asText());
            case CODE -> Map.of("codeId", newCode(project));
            case TWO_CODES -> Map.of("codeId", newCode(project), "intoCodeId", newCode(project));
            case CATEGORY -> Map.of("categoryId", newCategory(project));
            case CATEGORY_AND_CODE -> Map.of("categoryId", newCategory(project), "codeId", newCode(project));
            case MEMO -> Map.of("memoId", newMemo(project));
            case APPLICATION ->
                Map.of(
                        "applicationId",
                        post(
                                        team.owner(),
                                        "/api/fragments/" + shared.get("fragmentId") + "/codes",
                                        Map.of(
                                                "label",
                                                "to remove " + System.nanoTime(),
                                                "quote_start",
                                                0,
                                                "quote_end",
                                                5),
                                        201)
                                .get("id")
                                .asText());
        };
    }

    private String newCode(String project) {
        return post(team.owner(), "/api/projects/" + project + "/codes", Map.of("label", "c " + System.nanoTime()), 201)
                .get("id")
                .asText();
    }

    private String newCategory(String project) {
        return post(
                        team.owner(),
                        "/api/projects/" + project + "/categories",
                        Map.of("name", "k " + System.nanoTime()),
                        201)
                .get("id")
                .asText();
    }

    private String newMemo(String project) {
        return post(team.owner(), "/api/projects/" + project + "/memos", Map.of("title", "m " + System.nanoTime()), 201)
                .get("id")
                .asText();
    }

    private JsonNode awaitJob(String project, String task) {
        String uri = "/api/projects/" + project + "/jobs/" + task;
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get(team.owner(), uri).get("next_poll_seconds").isNull());
        return get(team.owner(), uri);
    }

    private Map<String, HandlerMethod> apiRoutes() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternsCondition()
                .getPatterns()
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> {
                    if (pattern.getPatternString().startsWith("/api/")) {
                        routes.put(method.name() + " " + pattern.getPatternString(), handler);
                    }
                })));
        return routes;
    }

    private static String expand(String path, Map<String, String> ids) {
        String result = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            result = result.replace("{" + id.getKey() + "}", id.getValue());
        }
        String jobId = ids.get("theoryTask");
        result = result.replace("/auto-code/status/{taskId}", "/auto-code/status/" + ids.get("autoCodeTask"));
        return result.replace("{taskId}", jobId).replace("{jobId}", jobId);
    }

    private WebTestClient.ResponseSpec request(Account who, HttpMethod method, String uri, Object body) {
        if (body == TRANSCRIPT) {
            return upload(who, uri);
        }
        return team.send(who, method, uri, body);
    }

    private JsonNode upload(Account who, String project, int status) {
        return read(new String(
                upload(who, "/api/projects/" + project + "/interviews")
                        .expectStatus()
                        .isEqualTo(status)
                        .expectBody()
                        .returnResult()
                        .getResponseBodyContent(),
                StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec upload(Account who, String uri) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("files", new ByteArrayResource(TRANSCRIPT.getBytes(StandardCharsets.UTF_8)))
                .filename("marta-" + System.nanoTime() + ".txt")
                .contentType(MediaType.TEXT_PLAIN);
        return api.http()
                .post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + who.token())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private JsonNode get(Account who, String uri) {
        return team.expect(who, HttpMethod.GET, uri, null, 200);
    }

    private JsonNode post(Account who, String uri, Object body, int status) {
        return team.expect(who, HttpMethod.POST, uri, body, status);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body.isEmpty() ? "{}" : body);
        } catch (Exception e) {
            return json.createObjectNode().put("unparsed", body);
        }
    }
}
