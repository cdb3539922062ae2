package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.shared.StorageProperties;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.Tokens;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sends the kinds of bad input real clients send and checks each gets a 4xx ProblemDetail with a stable
 * error code, no stack trace, and that nothing was written.
 */
@IntegrationTest
class BadInputSweepTest {

    private static final String BIG = "x".repeat(300 * 1024);
    private static final String SOME_ID = "3f0c9a52-6c1e-4d7b-9a0e-2b7d5c8e1f4a";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProperties storage;

    @Autowired
    ObjectMapper json;

    String token;
    String projectId;
    String foreignProjectId;

    @BeforeEach
    void userWithOneProject() {
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Untouched", "description", "original"))
                .get("id")
                .asText();
        foreignProjectId = api.createProject(api.newUserToken(), Map.of("name", "Someone else's"))
                .get("id")
                .asText();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad(
                        "forged playback link",
                        "GET",
                        "/api/media/" + SOME_ID + "?expires=4102444800&signature=forged",
                        null,
                        403,
                        "MEDIA_LINK_INVALID"),
                bad(
                        "playback link without a signature",
                        "GET",
                        "/api/media/" + SOME_ID,
                        null,
                        400,
                        "MISSING_PARAMETER|INVALID_PARAMETER|VALIDATION_FAILED"),
                bad(
                        "playback link with a bad expiry",
                        "GET",
                        "/api/media/" + SOME_ID + "?expires=soon&signature=x",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "rename to a blank speaker name",
                        "POST",
                        "/api/interviews/" + SOME_ID + "/speakers/rename",
                        "{\"from\":\"Speaker 1\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "media link of an unknown interview",
                        "GET",
                        "/api/interviews/" + SOME_ID + "/media-link",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "retry of an unknown interview",
                        "POST",
                        "/api/interviews/" + SOME_ID + "/transcription/retry",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "unsupported spoken language",
                        "PATCH",
                        "/api/interviews/" + SOME_ID,
                        "{\"spoken_language\":\"xx\"}",
                        400,
                        "UNSUPPORTED_SPOKEN_LANGUAGE"),
                bad(
                        "spoken language of an unknown interview",
                        "PATCH",
                        "/api/interviews/" + SOME_ID,
                        "{\"spoken_language\":\"fr\"}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "number for a spoken language",
                        "PATCH",
                        "/api/interviews/" + SOME_ID,
                        "{\"spoken_language\":7}",
                        400,
                        "INVALID_TYPE"),
                bad("malformed JSON", "POST", "/api/projects", "{\"name\":", 400, "MALFORMED_JSON"),
                bad("truncated JSON", "POST", "/api/projects", "{\"name\":\"x\"", 400, "MALFORMED_JSON"),
                bad("unknown field", "POST", "/api/projects", "{\"name\":\"x\",\"lang\":\"es\"}", 400, "UNKNOWN_FIELD"),
                bad("array for a string", "POST", "/api/projects", "{\"name\":[\"x\"]}", 400, "INVALID_TYPE"),
                bad("object for a string", "POST", "/api/projects", "{\"name\":{\"a\":1}}", 400, "INVALID_TYPE"),
                bad("number for a string", "POST", "/api/projects", "{\"name\":123456}", 400, "INVALID_TYPE"),
                bad("float for a string", "POST", "/api/projects", "{\"name\":1.5}", 400, "INVALID_TYPE"),
                bad("boolean for a string", "POST", "/api/projects", "{\"name\":true}", 400, "INVALID_TYPE"),
                bad(
                        "number for a string on update",
                        "PATCH",
                        "/api/projects/{id}",
                        "{\"description\":42}",
                        400,
                        "INVALID_TYPE"),
                bad(
                        "string for a boolean",
                        "POST",
                        "/api/projects/{id}/auto-code",
                        "{\"recode\":\"true\"}",
                        400,
                        "INVALID_TYPE"),
                bad("JSON array body", "POST", "/api/projects", "[]", 400, "INVALID_TYPE"),
                bad("NUL in a project name", "POST", "/api/projects", "{\"name\":\"a\\u0000b\"}", 400, "INVALID_TEXT"),
                bad(
                        "NUL in a description on update",
                        "PATCH",
                        "/api/projects/{id}",
                        "{\"description\":\"x\\u0000\"}",
                        400,
                        "INVALID_TEXT"),
                bad(
                        "NUL in a memo",
                        "POST",
                        "/api/projects/{id}/memos",
                        "{\"title\":\"t\",\"body\":\"b\\u0000\"}",
                        400,
                        "INVALID_TEXT"),
                bad(
                        "NUL in a code label",
                        "POST",
                        "/api/projects/{id}/codes",
                        "{\"label\":\"\\u0000care\"}",
                        400,
                        "INVALID_TEXT"),
                bad(
                        "NUL in a category name",
                        "POST",
                        "/api/projects/{id}/categories",
                        "{\"name\":\"Care\\u0000\"}",
                        400,
                        "INVALID_TEXT"),
                bad(
                        "NUL in a display name",
                        "POST",
                        "/api/auth/register",
                        "{\"email\":\"nul@example.org\",\"password\":\"a long passphrase\",\"display_name\":\"A\\u0000\"}",
                        400,
                        "INVALID_TEXT"),
                bad("NUL in a search query", "GET", "/api/projects/{id}/search?q=care\0", null, 400, "INVALID_TEXT"),
                bad("NUL in a code filter", "GET", "/api/projects/{id}/codes?q=\0", null, 400, "INVALID_TEXT"),
                bad(
                        "memo linked to an unknown theory",
                        "POST",
                        "/api/projects/{id}/memos",
                        "{\"title\":\"t\",\"theory_id\":\"" + SOME_ID + "\"}",
                        404,
                        "NOT_FOUND"),
                bad("JSON null body", "POST", "/api/projects", "null", 400, "MISSING_BODY|MALFORMED_JSON"),
                bad("empty body", "POST", "/api/projects", "", 400, "MISSING_BODY"),
                bad("empty name", "POST", "/api/projects", "{\"name\":\"\"}", 400, "VALIDATION_FAILED"),
                bad("blank name", "POST", "/api/projects", "{\"name\":\"   \"}", 400, "VALIDATION_FAILED"),
                bad("missing name", "POST", "/api/projects", "{\"description\":\"d\"}", 400, "VALIDATION_FAILED"),
                bad(
                        "name too long",
                        "POST",
                        "/api/projects",
                        "{\"name\":\"" + "n".repeat(201) + "\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "unknown template",
                        "POST",
                        "/api/projects",
                        "{\"name\":\"x\",\"domain_template\":\"astrology\"}",
                        400,
                        "UNKNOWN_DOMAIN_TEMPLATE"),
                bad(
                        "unknown language",
                        "POST",
                        "/api/projects",
                        "{\"name\":\"x\",\"language\":\"fr\"}",
                        400,
                        "UNSUPPORTED_LANGUAGE"),
                bad(
                        "oversize body",
                        "POST",
                        "/api/projects",
                        "{\"name\":\"x\",\"description\":\"" + BIG + "\"}",
                        413,
                        "PAYLOAD_TOO_LARGE"),
                bad("wrong content type", "POST", "/api/projects", "name=x", 415, "UNSUPPORTED_MEDIA_TYPE"),
                bad("invalid UUID", "GET", "/api/projects/not-a-uuid", null, 400, "INVALID_PARAMETER"),
                bad("negative page", "GET", "/api/projects?page=-1", null, 400, "VALIDATION_FAILED"),
                bad("page not a number", "GET", "/api/projects?page=abc", null, 400, "INVALID_PARAMETER"),
                bad("page size too big", "GET", "/api/projects?size=1000", null, 400, "VALIDATION_FAILED"),
                bad("method not allowed", "PUT", "/api/projects", "{\"name\":\"x\"}", 405, "METHOD_NOT_ALLOWED"),
                bad(
                        "blank name on update",
                        "PATCH",
                        "/api/projects/{id}",
                        "{\"name\":\"  \"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "unknown template on update",
                        "PATCH",
                        "/api/projects/{id}",
                        "{\"domain_template\":\"x\"}",
                        400,
                        "UNKNOWN_DOMAIN_TEMPLATE"),
                bad(
                        "unknown field on update",
                        "PATCH",
                        "/api/projects/{id}",
                        "{\"owner_id\":\"x\"}",
                        400,
                        "UNKNOWN_FIELD"),
                bad(
                        "export in an unknown format",
                        "POST",
                        "/api/projects/{id}/theories/" + SOME_ID + "/export?format=odt",
                        null,
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "export without a format",
                        "POST",
                        "/api/projects/{id}/theories/" + SOME_ID + "/export",
                        null,
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "export of an invalid theory id",
                        "POST",
                        "/api/projects/{id}/theories/not-a-uuid/export?format=pdf",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "export in an invalid project id",
                        "POST",
                        "/api/projects/nope/theories/" + SOME_ID + "/export?format=pdf",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "export of an unknown theory",
                        "POST",
                        "/api/projects/{id}/theories/" + SOME_ID + "/export?format=pdf",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "export in another user's project",
                        "POST",
                        "/api/projects/{foreign}/theories/" + SOME_ID + "/export?format=png",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "exports of another user's project",
                        "GET",
                        "/api/projects/{foreign}/exports",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "export status with an invalid id",
                        "GET",
                        "/api/projects/{id}/exports/not-a-uuid",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "download with an invalid id",
                        "GET",
                        "/api/projects/{id}/exports/not-a-uuid/download",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad("unknown export", "GET", "/api/projects/{id}/exports/" + SOME_ID, null, 404, "NOT_FOUND"),
                bad(
                        "download of another user's export",
                        "GET",
                        "/api/projects/{foreign}/exports/" + SOME_ID + "/download",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "coding state of an invalid interview id",
                        "GET",
                        "/api/interviews/nope/coding-state",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "coding state of an unknown interview",
                        "GET",
                        "/api/interviews/" + SOME_ID + "/coding-state",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "interview export in an unknown format",
                        "GET",
                        "/api/projects/{id}/interviews/export?format=docx",
                        null,
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "codebook export in an unsupported format",
                        "GET",
                        "/api/projects/{id}/codebook/export?format=pdf",
                        null,
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "interview export of an invalid interview id",
                        "GET",
                        "/api/projects/{id}/interviews/export?format=txt&interview_id=nope",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "unknown field in a theory request",
                        "POST",
                        "/api/projects/{id}/generate-theory",
                        "{\"route\":\"legacy\"}",
                        400,
                        "UNKNOWN_FIELD"),
                bad(
                        "invalid theory task id",
                        "GET",
                        "/api/projects/{id}/generate-theory/status/not-a-uuid",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "theory history page too big",
                        "GET",
                        "/api/projects/{id}/theories?size=1000",
                        null,
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "bad registration",
                        "POST",
                        "/api/auth/register",
                        "{\"email\":\"nope\",\"password\":\"short\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "unknown memo-draft field",
                        "POST",
                        "/api/projects/{id}/memos/draft",
                        "{\"code_id\":[]}",
                        400,
                        "UNKNOWN_FIELD"),
                bad(
                        "string for a list of memo-draft codes",
                        "POST",
                        "/api/projects/{id}/memos/draft",
                        "{\"code_ids\":\"x\"}",
                        400,
                        "INVALID_TYPE"),
                bad(
                        "memo draft on a server without a model",
                        "POST",
                        "/api/projects/{id}/memos/draft",
                        "{\"code_ids\":[]}",
                        400,
                        "MEMO_DRAFTING_NEEDS_MODEL"),
                bad(
                        "unknown auto-code field",
                        "POST",
                        "/api/projects/{id}/auto-code",
                        "{\"recod\":true}",
                        400,
                        "UNKNOWN_FIELD"),
                bad(
                        "import in an unknown format",
                        "POST",
                        "/api/projects/{id}/import?format=docx",
                        "{}",
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "codebook CSV import without a code column",
                        "POST",
                        "/api/projects/{id}/codebook/import",
                        "{\"not\":\"a csv\"}",
                        400,
                        "CSV_UNKNOWN_COLUMN"),
                bad(
                        "codebook CSV import into another user's project",
                        "POST",
                        "/api/projects/{foreign}/codebook/import",
                        "code\nA\n",
                        404,
                        "NOT_FOUND"),
                bad("import without a format", "POST", "/api/projects/{id}/import", "{}", 400, "UNSUPPORTED_FORMAT"),
                bad(
                        "import into another user's project",
                        "POST",
                        "/api/projects/{foreign}/import?format=qdpx",
                        "{}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "import of JSON as a qdpx",
                        "POST",
                        "/api/projects/{id}/import?format=qdpx",
                        "{\"a\":1}",
                        400,
                        "NOT_A_QDPX"),
                bad(
                        "new project from JSON as a qdpx",
                        "POST",
                        "/api/projects/import?format=qdpx",
                        "{}",
                        400,
                        "NOT_A_QDPX"),
                bad(
                        "new project from a codebook of JSON",
                        "POST",
                        "/api/projects/import?format=qdc",
                        "{}",
                        400,
                        "MALFORMED_XML"),
                bad(
                        "exchange export in an unknown format",
                        "GET",
                        "/api/projects/{id}/export?format=pdf",
                        null,
                        400,
                        "UNSUPPORTED_FORMAT"),
                bad(
                        "exchange export of another user's project",
                        "GET",
                        "/api/projects/{foreign}/export?format=qdc",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "coders of another user's project",
                        "GET",
                        "/api/projects/{foreign}/coders",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "agreement in another user's project",
                        "POST",
                        "/api/projects/{foreign}/agreement",
                        "{\"coder_a\":\"" + SOME_ID + "\",\"coder_b\":\"" + SOME_ID + "\"}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "agreement without coders",
                        "POST",
                        "/api/projects/{id}/agreement",
                        "{\"unit\":\"fragment\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "agreement of unknown coders",
                        "POST",
                        "/api/projects/{id}/agreement",
                        "{\"coder_a\":\"" + SOME_ID + "\",\"coder_b\":\"4a1d0b63-7d2f-4e8c-8b1f-3c8e6d9f2a5b\"}",
                        400,
                        "UNKNOWN_CODER"),
                bad(
                        "agreement in an unknown unit",
                        "POST",
                        "/api/projects/{id}/agreement",
                        "{\"coder_a\":\"" + SOME_ID + "\",\"coder_b\":\"4a1d0b63-7d2f-4e8c-8b1f-3c8e6d9f2a5b\","
                                + "\"unit\":\"word\"}",
                        400,
                        "INVALID_UNIT"),
                bad(
                        "agreement export of a coder with itself",
                        "POST",
                        "/api/projects/{id}/agreement/export",
                        "{\"coder_a\":\"" + SOME_ID + "\",\"coder_b\":\"" + SOME_ID + "\"}",
                        400,
                        "SAME_CODER"),
                bad(
                        "codes of an unknown coder",
                        "GET",
                        "/api/projects/{id}/codes?coder=" + SOME_ID,
                        null,
                        400,
                        "UNKNOWN_CODER"),
                bad(
                        "coverage with an invalid coder id",
                        "GET",
                        "/api/projects/{id}/coverage?coder=nope",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "attributes of an unknown interview",
                        "GET",
                        "/api/interviews/" + SOME_ID + "/attributes",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "attributes without a list",
                        "PUT",
                        "/api/interviews/" + SOME_ID + "/attributes",
                        "{}",
                        400,
                        "VALIDATION_FAILED"),
                bad("blank code label", "POST", "/api/projects/{id}/codes", "{\"label\":\"  \"}", 400, "INVALID_LABEL"),
                bad("unknown code origin", "GET", "/api/projects/{id}/codes?origin=robot", null, 400, "INVALID_ORIGIN"),
                bad("unknown code sort", "GET", "/api/projects/{id}/codes?sort=colour", null, 400, "INVALID_SORT"),
                bad("code page too big", "GET", "/api/projects/{id}/codes?size=1000", null, 400, "VALIDATION_FAILED"),
                bad("memo without title", "POST", "/api/projects/{id}/memos", "{\"body\":\"x\"}", 400, "INVALID_TITLE"),
                bad(
                        "category without name",
                        "POST",
                        "/api/projects/{id}/categories",
                        "{\"definition\":\"x\"}",
                        400,
                        "INVALID_NAME"),
                bad("registration without body", "POST", "/api/auth/register", "", 400, "MISSING_BODY"),
                bad("search without q", "GET", "/api/projects/{id}/search", null, 400, "QUERY_REQUIRED"),
                bad("search with blank q", "GET", "/api/projects/{id}/search?q=", null, 400, "QUERY_REQUIRED"),
                bad("search limit 0", "GET", "/api/projects/{id}/search?q=x&limit=0", null, 400, "VALIDATION_FAILED"),
                bad(
                        "search limit too big",
                        "GET",
                        "/api/projects/{id}/search?q=x&limit=101",
                        null,
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "search category not a UUID",
                        "GET",
                        "/api/projects/{id}/search?q=x&category=abc",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "search exclude_interviewer not a boolean",
                        "GET",
                        "/api/projects/{id}/search?q=x&exclude_interviewer=maybe",
                        null,
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "member with a malformed email",
                        "POST",
                        "/api/projects/{id}/members",
                        "{\"email\":\"not an email\",\"role\":\"coder\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "member without a role",
                        "POST",
                        "/api/projects/{id}/members",
                        "{\"email\":\"someone@example.org\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "member with an unknown role",
                        "POST",
                        "/api/projects/{id}/members",
                        "{\"email\":\"someone@example.org\",\"role\":\"admin\"}",
                        400,
                        "INVALID_ROLE"),
                bad(
                        "member added as owner",
                        "POST",
                        "/api/projects/{id}/members",
                        "{\"email\":\"someone@example.org\",\"role\":\"owner\"}",
                        400,
                        "OWNER_BY_TRANSFER"),
                bad(
                        "member with an email no account uses",
                        "POST",
                        "/api/projects/{id}/members",
                        "{\"email\":\"nobody-at-all@example.org\",\"role\":\"viewer\"}",
                        400,
                        "UNKNOWN_ACCOUNT"),
                bad(
                        "member added to another user's project",
                        "POST",
                        "/api/projects/{foreign}/members",
                        "{\"email\":\"someone@example.org\",\"role\":\"viewer\"}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "role of an invalid user id",
                        "PATCH",
                        "/api/projects/{id}/members/nope",
                        "{\"role\":\"viewer\"}",
                        400,
                        "INVALID_PARAMETER"),
                bad(
                        "role of someone who is not a member",
                        "PATCH",
                        "/api/projects/{id}/members/" + SOME_ID,
                        "{\"role\":\"viewer\"}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "transfer without a new owner",
                        "POST",
                        "/api/projects/{id}/transfer-ownership",
                        "{\"former_owner\":\"coder\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "transfer with an unknown former-owner choice",
                        "POST",
                        "/api/projects/{id}/transfer-ownership",
                        "{\"user_id\":\"" + SOME_ID + "\",\"former_owner\":\"viewer\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "transfer to someone who is not a member",
                        "POST",
                        "/api/projects/{id}/transfer-ownership",
                        "{\"user_id\":\"" + SOME_ID + "\"}",
                        400,
                        "NOT_A_MEMBER"),
                bad("owner leaving", "POST", "/api/projects/{id}/leave", null, 409, "LAST_OWNER"),
                bad("resync with GET", "GET", "/api/projects/{id}/evidence/resync", null, 405, "METHOD_NOT_ALLOWED"),
                bad(
                        "search without token",
                        "GET!none",
                        "/api/projects/{id}/search?q=x",
                        null,
                        401,
                        "AUTHENTICATION_REQUIRED"),
                bad("no token", "POST!none", "/api/projects", "{\"name\":\"x\"}", 401, "AUTHENTICATION_REQUIRED"),
                bad("expired token", "POST!expired", "/api/projects", "{\"name\":\"x\"}", 401, "INVALID_TOKEN"),
                bad("forged token", "POST!forged", "/api/projects", "{\"name\":\"x\"}", 401, "INVALID_TOKEN"),
                bad("token without exp", "POST!noexp", "/api/projects", "{\"name\":\"x\"}", 401, "INVALID_TOKEN"),
                bad("garbage token", "POST!garbage", "/api/projects", "{\"name\":\"x\"}", 401, "INVALID_TOKEN"),
                bad(
                        "review queue of another user's project",
                        "GET",
                        "/api/projects/{foreign}/review",
                        null,
                        404,
                        "NOT_FOUND"),
                bad(
                        "review queue in an unknown state",
                        "GET",
                        "/api/projects/{id}/review?state=maybe",
                        null,
                        400,
                        "INVALID_REVIEW_STATE"),
                bad(
                        "review queue of an unknown coder",
                        "GET",
                        "/api/projects/{id}/review?coder=" + SOME_ID,
                        null,
                        400,
                        "UNKNOWN_CODER"),
                bad(
                        "review of an unknown application",
                        "POST",
                        "/api/code-applications/" + SOME_ID + "/review",
                        "{\"state\":\"accepted\"}",
                        404,
                        "NOT_FOUND"),
                bad(
                        "bulk review without ids",
                        "POST",
                        "/api/projects/{id}/review",
                        "{\"state\":\"accepted\"}",
                        400,
                        "VALIDATION_FAILED"),
                bad(
                        "bulk review of unknown applications",
                        "POST",
                        "/api/projects/{id}/review",
                        "{\"application_ids\":[\"" + SOME_ID + "\"],\"state\":\"accepted\"}",
                        400,
                        "UNKNOWN_APPLICATIONS"),
                bad(
                        "bulk review in an unknown state",
                        "POST",
                        "/api/projects/{id}/review",
                        "{\"application_ids\":[\"" + SOME_ID + "\"],\"state\":\"maybe\"}",
                        400,
                        "INVALID_REVIEW_STATE"),
                bad(
                        "bulk review in another user's project",
                        "POST",
                        "/api/projects/{foreign}/review",
                        "{\"application_ids\":[\"" + SOME_ID + "\"],\"state\":\"accepted\"}",
                        404,
                        "NOT_FOUND"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithAProblemDetailAndWritesNothing(
            String name, String methodAndAuth, String path, String body, int status, String codes) throws Exception {
        long before = rows();
        String[] parts = methodAndAuth.split("!");
        WebTestClient.RequestBodySpec request = api.http()
                .method(HttpMethod.valueOf(parts[0]))
                .uri(path.replace("{id}", projectId).replace("{foreign}", foreignProjectId));
        String auth = authorization(parts.length > 1 ? parts[1] : "valid");
        if (auth != null) {
            request.header(HttpHeaders.AUTHORIZATION, auth);
        }
        if (body != null) {
            MediaType type = name.equals("wrong content type")
                    ? MediaType.APPLICATION_FORM_URLENCODED
                    : MediaType.APPLICATION_JSON;
            request.contentType(type);
            if (!body.isEmpty()) {
                request.bodyValue(body);
            }
        }

        EntityExchangeResult<byte[]> result = request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult();

        String text = new String(result.getResponseBodyContent());
        JsonNode problem = json.readTree(text);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("error_code").asText()).matches(codes);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.theogen");
        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT description FROM projects WHERE id = ?::uuid", String.class, projectId))
                .isEqualTo("original");
        assertThat(jdbc.queryForObject("SELECT name FROM projects WHERE id = ?::uuid", String.class, projectId))
                .isEqualTo("Untouched");
    }

    private String authorization(String kind) throws Exception {
        Instant later = Instant.now().plusSeconds(600);
        return switch (kind) {
            case "none" -> null;
            case "expired" ->
                "Bearer "
                        + Tokens.sign(
                                Tokens.appKey(storage.dataDir()),
                                "theogen",
                                userId(),
                                Instant.now().minusSeconds(60));
            case "forged" -> "Bearer " + Tokens.sign(Tokens.strangerKey(), "theogen", userId(), later);
            case "noexp" -> "Bearer " + Tokens.signWithoutExpiry(Tokens.appKey(storage.dataDir()), "theogen", userId());
            case "garbage" -> "Bearer abc.def.ghi";
            default -> "Bearer " + token;
        };
    }

    private String userId() {
        return jdbc.queryForObject("SELECT owner_id::text FROM projects WHERE id = ?::uuid", String.class, projectId);
    }

    private long rows() {
        return jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM users)"
                        + " + (SELECT count(*) FROM project_members)",
                Long.class);
    }

    private static Arguments bad(String name, String method, String path, String body, int status, String codes) {
        return Arguments.of(name, method, path, body, status, codes);
    }
}
