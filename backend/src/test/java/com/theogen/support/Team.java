package com.theogen.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.project.ProjectRole;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Four fresh accounts for tests of members and roles: an owner, a coder, a viewer (both added to the owner's
 * projects through the API) and a stranger who belongs to none of them.
 */
public record Team(ApiClient api, Account owner, Account coder, Account viewer, Account stranger) {

    /** An account as a test uses it. */
    public record Account(UUID id, String email, String displayName, String token) {}

    public static Team register(ApiClient api) {
        return new Team(
                api,
                account(api, "Olga Owner"),
                account(api, "Carlos Coder"),
                account(api, "Vera Viewer"),
                account(api, "Sam Stranger"));
    }

    public static Account account(ApiClient api, String displayName) {
        String email = "member-" + UUID.randomUUID() + "@example.org";
        JsonNode signedIn = api.register(email, displayName);
        return new Account(
                UUID.fromString(signedIn.get("user").get("id").asText()),
                email,
                displayName,
                signedIn.get("access_token").asText());
    }

    /** A new project of the owner's with the coder and the viewer added; returns its id. */
    public String project(String name) {
        String id =
                api.createProject(owner.token(), Map.of("name", name)).get("id").asText();
        join(id);
        return id;
    }

    /** Adds the coder and the viewer to an existing project of the owner's. */
    public void join(String projectId) {
        add(projectId, coder, ProjectRole.CODER);
        add(projectId, viewer, ProjectRole.VIEWER);
    }

    public void add(String projectId, Account account, ProjectRole role) {
        send(
                        owner,
                        HttpMethod.POST,
                        "/api/projects/" + projectId + "/members",
                        Map.of("email", account.email(), "role", role.code()))
                .expectStatus()
                .isCreated();
    }

    /** A JSON request (or a bodiless one when {@code body} is null) as {@code who}. */
    public WebTestClient.ResponseSpec send(Account who, HttpMethod method, String uri, Object body) {
        WebTestClient.RequestBodySpec request =
                api.http().method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + who.token());
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The response body of a request expected to answer {@code status}. */
    public JsonNode expect(Account who, HttpMethod method, String uri, Object body, int status) {
        JsonNode json = send(who, method, uri, body)
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        if (status >= 400) {
            assertThat(json).as("problem detail of %s %s", method, uri).isNotNull();
        }
        return json;
    }
}
