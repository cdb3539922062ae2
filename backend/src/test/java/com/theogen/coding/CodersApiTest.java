package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every code application, memo and review mark belongs to a coder: the acting member for what they do by hand,
 * the offline analyst (or the model) for auto-coding, the people named in an imported file for theirs. Views
 * filter by coder; re-coding replaces only the machine's layer.
 */
@IntegrationTest
class CodersApiTest {

    static final String TRANSCRIPT = "Entrevistadora: ¿Cómo organiza el día?\n\n"
            + "Marta: Trabajo de noche en el hospital y duermo poco. Cuido a mi madre por las tardes.\n\n"
            + "Entrevistadora: ¿Y el turno de noche?\n\n"
            + "Marta: El turno de noche es duro. Cuidar a mi madre después del turno de noche me agota.\n\n"
            + "Entrevistadora: ¿Quién la ayuda?\n\n"
            + "Marta: Mi hermana a veces. Cuidar a mi madre sola es difícil; mi hermana trabaja lejos.\n\n"
            + "Entrevistadora: ¿Y los niños?\n\n"
            + "Marta: Los niños van a la escuela. Después de la escuela los cuida mi vecina.\n";

    @Autowired
    ApiClient api;

    @Test
    void attributesEveryLayerToItsCoderFiltersByCoderAndRecodeReplacesOnlyTheMachine() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String project = coding.json(token, "POST", "/api/projects", Map.of("name", "Capas", "language", "es"), 201)
                .get("id")
                .asText();
        String interview = coding.upload(token, project, "marta.txt", TRANSCRIPT);
        JsonNode fragment = coding.json(token, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                .get("items")
                .get(1);
        JsonNode applied = coding.json(
                token,
                "POST",
                "/api/fragments/" + fragment.get("id").asText() + "/codes",
                Map.of("label", "turno de noche", "quote_start", 0, "quote_end", 16),
                201);
        coding.json(token, "POST", "/api/projects/" + project + "/memos", Map.of("title", "Noches"), 201);

        Map<String, JsonNode> coders = coders(coding, token, project);
        assertThat(coders).containsOnlyKeys("user");
        JsonNode me = coders.get("user");
        assertThat(applied.get("coder_id").asText()).isEqualTo(me.get("id").asText());
        assertThat(me.get("display_name").asText()).isEqualTo("Tester");
        assertThat(me.get("applications").asInt()).isEqualTo(1);
        assertThat(me.get("memos").asInt()).isEqualTo(1);

        assertThat(coding.autoCode(token, project, Map.of()).get("status").asText())
                .isEqualTo("completed");
        coders = coders(coding, token, project);
        JsonNode offline = coders.get("offline");
        assertThat(offline.get("key").asText()).isEqualTo("offline");
        assertThat(offline.get("applications").asInt()).isPositive();

        JsonNode mine = coding.json(
                token,
                "GET",
                "/api/projects/" + project + "/codes?coder=" + me.get("id").asText(),
                null,
                200);
        assertThat(mine.get("items"))
                .extracting(c -> c.get("label").asText() + ":"
                        + c.get("application_count").asInt())
                .containsExactly("turno de noche:1");
        JsonNode byMachine = coding.json(
                token,
                "GET",
                "/api/projects/" + project + "/coverage?coder="
                        + offline.get("id").asText(),
                null,
                200);
        JsonNode byMe = coding.json(
                token,
                "GET",
                "/api/projects/" + project + "/coverage?coder=" + me.get("id").asText(),
                null,
                200);
        assertThat(byMe.at("/project/coded").asInt()).isEqualTo(1);
        assertThat(byMachine.at("/project/coded").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode states = coding.json(
                token,
                "GET",
                "/api/interviews/" + interview + "/coding-state?coder="
                        + me.get("id").asText(),
                null,
                200);
        assertThat(states.get("fragments"))
                .extracting(s -> s.get("state").asText())
                .containsExactly(
                        "interviewer",
                        "coded",
                        "interviewer",
                        "unexamined",
                        "interviewer",
                        "unexamined",
                        "interviewer",
                        "unexamined");

        assertThat(coding.autoCode(token, project, Map.of("recode", true))
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        coders = coders(coding, token, project);
        assertThat(coders.get("user").get("applications").asInt()).isEqualTo(1);
        assertThat(coders.get("offline").get("applications").asInt()).isPositive();
        assertThat(coders.get("offline").get("id").asText())
                .isEqualTo(offline.get("id").asText());
        JsonNode evidence = coding.json(
                token,
                "GET",
                "/api/codes/" + applied.get("code_id").asText() + "/evidence?coder="
                        + me.get("id").asText(),
                null,
                200);
        assertThat(evidence.get("items"))
                .extracting(e -> e.get("quote").asText())
                .containsExactly("Trabajo de noche");

        JsonNode unknown = coding.json(
                token,
                "GET",
                "/api/projects/" + project + "/codes?coder=3f0c9a52-6c1e-4d7b-9a0e-2b7d5c8e1f4a",
                null,
                400);
        assertThat(unknown.get("error_code").asText()).isEqualTo("UNKNOWN_CODER");
    }

    /**
     * A member's coder is created by their first application, and the dashboard's search-and-code sends several
     * at once (four at a time): every one of them lands, all under one coder.
     */
    @Test
    void aNewMembersFirstApplicationsSentTogetherAllLandUnderOneCoder() throws Exception {
        CodingApi coding = new CodingApi(api);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int member = 0; member < 3; member++) {
                String token = api.newUserToken();
                String project = coding.json(
                                token, "POST", "/api/projects", Map.of("name", "A la vez", "language", "es"), 201)
                        .get("id")
                        .asText();
                String interview = coding.upload(token, project, "marta.txt", TRANSCRIPT);
                List<String> fragments = new ArrayList<>();
                coding.json(token, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                        .get("items")
                        .forEach(f -> fragments.add(f.get("id").asText()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JsonNode>> sent = new ArrayList<>();
                for (String id : fragments) {
                    sent.add(senders.submit(() -> {
                        start.await();
                        return coding.json(
                                token,
                                "POST",
                                "/api/fragments/" + id + "/codes",
                                Map.of("label", "a la vez", "quote_start", 0, "quote_end", 5),
                                201);
                    }));
                }
                start.countDown();
                List<String> coderIds = new ArrayList<>();
                for (Future<JsonNode> one : sent) {
                    coderIds.add(one.get().get("coder_id").asText());
                }

                assertThat(fragments).hasSizeGreaterThanOrEqualTo(6);
                assertThat(coderIds.stream().distinct()).hasSize(1);
                assertThat(coders(coding, token, project)
                                .get("user")
                                .get("applications")
                                .asInt())
                        .isEqualTo(fragments.size());
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void anotherUsersCodersAreNotFound() {
        CodingApi coding = new CodingApi(api);
        String owner = api.newUserToken();
        String project =
                api.createProject(owner, Map.of("name", "Privado")).get("id").asText();

        coding.json(api.newUserToken(), "GET", "/api/projects/" + project + "/coders", null, 404);
    }

    private static Map<String, JsonNode> coders(CodingApi coding, String token, String project) {
        Map<String, JsonNode> byKind = new HashMap<>();
        coding.json(token, "GET", "/api/projects/" + project + "/coders", null, 200)
                .forEach(c -> byKind.put(c.get("kind").asText(), c));
        return byKind;
    }
}
