package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project two members code by hand, built over the HTTP API, for the agreement endpoint and its export. The
 * figures the tests expect are counted by hand from the applications made here (see each test).
 */
final class AgreementFixture {

    static final String TRANSCRIPT = CodersApiTest.TRANSCRIPT;

    final CodingApi coding;
    final String owner;
    final String member;
    final String project;
    final String interview;
    final String coderA;
    final String coderB;
    /** Fragments in transcript order: 0, 2, 4, 6 the interviewer's, 1, 3, 5, 7 Marta's. */
    final List<JsonNode> fragments;

    final Map<String, String> codes = new LinkedHashMap<>();

    AgreementFixture(ApiClient api) {
        coding = new CodingApi(api);
        String email = "bruno-" + UUID.randomUUID() + "@example.org";
        owner = api.register("ana-" + UUID.randomUUID() + "@example.org", "Ana")
                .get("access_token")
                .asText();
        JsonNode bruno = api.register(email, "Bruno");
        member = bruno.get("access_token").asText();
        project = coding.json(owner, "POST", "/api/projects", Map.of("name", "Acuerdo", "language", "es"), 201)
                .get("id")
                .asText();
        coding.json(
                owner, "POST", "/api/projects/" + project + "/members", Map.of("email", email, "role", "coder"), 201);
        interview = coding.upload(owner, project, "marta.txt", TRANSCRIPT);
        List<JsonNode> items = new ArrayList<>();
        coding.json(owner, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                .get("items")
                .forEach(items::add);
        fragments = items;
        for (String label : List.of("cuidado", "noche", "hermana", "sin uso")) {
            codes.put(
                    label,
                    coding.json(owner, "POST", "/api/projects/" + project + "/codes", Map.of("label", label), 201)
                            .get("id")
                            .asText());
        }
        // Ana (A): cuidado in 1, 3, 5 and in the interviewer's turn 2; noche in 1 and 3 (longer quote in 3)
        coderA = apply(owner, 1, "cuidado", "Cuido a mi madre");
        apply(owner, 3, "cuidado", "Cuidar a mi madre");
        apply(owner, 5, "cuidado", "Cuidar a mi madre sola");
        apply(owner, 2, "cuidado", "turno");
        apply(owner, 1, "noche", "Trabajo de noche");
        apply(owner, 3, "noche", "El turno de noche es duro");
        // Bruno (B): cuidado in 1 and 3; noche in 3 (shorter quote) and 5; hermana in 5
        coderB = apply(member, 1, "cuidado", "Cuido a mi madre por las tardes");
        apply(member, 3, "cuidado", "Cuidar a mi madre");
        apply(member, 3, "noche", "El turno de noche");
        apply(member, 5, "noche", "sola");
        apply(member, 5, "hermana", "Mi hermana a veces");
    }

    String text(int fragment) {
        return fragments.get(fragment).get("text").asText();
    }

    String fragmentId(int fragment) {
        return fragments.get(fragment).get("id").asText();
    }

    /** Applies a code to a quote of a fragment; returns the coder it was recorded for. */
    String apply(String token, int fragment, String code, String quote) {
        int start = text(fragment).indexOf(quote);
        assertThat(start).as(quote).isNotNegative();
        return coding.json(
                        token,
                        "POST",
                        "/api/fragments/" + fragmentId(fragment) + "/codes",
                        Map.of("code_id", codes.get(code), "quote_start", start, "quote_end", start + quote.length()),
                        201)
                .get("coder_id")
                .asText();
    }

    Map<String, Object> body(Object... extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("coder_a", coderA);
        body.put("coder_b", coderB);
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    JsonNode agreement(Map<String, Object> body) {
        return coding.json(owner, "POST", "/api/projects/" + project + "/agreement", body, 200);
    }

    static Map<String, JsonNode> byLabel(JsonNode report) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        report.get("codes").forEach(c -> rows.put(c.get("label").asText(), c));
        return rows;
    }

    /** Cohen's κ the textbook way, (p_o − p_e)/(1 − p_e), to check the server's closed form. */
    static double kappa(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double po = (a + d) / n;
        double pa = (a + b) / n;
        double pb = (a + c) / n;
        double pe = pa * pb + (1 - pa) * (1 - pb);
        return (po - pe) / (1 - pe);
    }

    static void counts(JsonNode row, long both, long onlyA, long onlyB, long neither) {
        assertThat(List.of(
                        row.get("both").asLong(),
                        row.get("only_a").asLong(),
                        row.get("only_b").asLong(),
                        row.get("neither").asLong(),
                        row.get("units").asLong()))
                .as(row.get("label").asText())
                .containsExactly(both, onlyA, onlyB, neither, both + onlyA + onlyB + neither);
    }

    static void near(JsonNode value, double expected) {
        assertThat(value.isNumber()).as("%s is a number", value).isTrue();
        assertThat(value.asDouble()).isCloseTo(expected, within(1e-9));
    }
}
