package com.theogen.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the dashboard's API contract ({@code frontend/src/api/contract.json}: the operations its client
 * calls and the fields it reads and sends) with the server's OpenAPI document, and lists every mismatch.
 */
final class DashboardContract {

    private final JsonNode contract;
    private final JsonNode openApi;
    private final List<String> problems = new ArrayList<>();

    private DashboardContract(JsonNode contract, JsonNode openApi) {
        this.contract = contract;
        this.openApi = openApi;
    }

    /** Empty when every operation, parameter and field the dashboard relies on is in the OpenAPI document. */
    static List<String> mismatches(JsonNode contract, JsonNode openApi) {
        DashboardContract check = new DashboardContract(contract, openApi);
        contract.get("operations").fields().forEachRemaining(op -> check.operation(op.getKey(), op.getValue()));
        return check.problems;
    }

    private void operation(String id, JsonNode spec) {
        String method = spec.get("method").asText().toLowerCase(Locale.ROOT);
        String path = spec.get("path").asText();
        JsonNode operation = openApi.path("paths").path(path).path(method);
        String where = id + " (" + method.toUpperCase(Locale.ROOT) + " " + path + ")";
        if (operation.isMissingNode()) {
            problems.add(where + ": no such operation");
            return;
        }
        JsonNode response = operation.path("responses").path(spec.get("status").asText());
        if (response.isMissingNode()) {
            problems.add(where + ": no " + spec.get("status").asText() + " response");
        } else if (spec.has("response")) {
            JsonNode schema = firstSchema(response.path("content"));
            conforms(where + " response", schema, spec.get("response").asText());
        }
        if (spec.has("request")) {
            request(
                    where,
                    operation
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema"),
                    spec.get("request").asText());
        }
        if (spec.has("form")) {
            form(
                    where,
                    operation
                            .path("requestBody")
                            .path("content")
                            .path("multipart/form-data")
                            .path("schema"),
                    spec);
        }
        for (JsonNode name : spec.path("query")) {
            if (name.asText().endsWith(".*")) {
                // free-form filters (attr.<name>=<value>), read from the raw query and described in the operation
                continue;
            }
            boolean declared = false;
            for (JsonNode parameter : operation.path("parameters")) {
                declared |= "query".equals(parameter.path("in").asText())
                        && name.asText().equals(parameter.path("name").asText());
            }
            if (!declared) {
                problems.add(where + ": no query parameter '" + name.asText() + "'");
            }
        }
    }

    /** The server rejects unknown fields, so every field sent must exist, and every required one be sent. */
    private void request(String where, JsonNode schema, String schemaName) {
        JsonNode resolved = resolve(schema);
        if (resolved.isMissingNode()) {
            problems.add(where + ": takes no JSON body");
            return;
        }
        conforms(where + " request", resolved, schemaName);
        Set<String> sent = new HashSet<>();
        contract.path("schemas").path(schemaName).fieldNames().forEachRemaining(sent::add);
        for (JsonNode required : resolved.path("required")) {
            if (!sent.contains(required.asText())) {
                problems.add(where + " request: required field '" + required.asText() + "' is never sent");
            }
        }
    }

    /** A multipart upload: every form field the dashboard sends must be one the server reads. */
    private void form(String where, JsonNode schema, JsonNode spec) {
        JsonNode resolved = resolve(schema);
        if (resolved.isMissingNode()) {
            problems.add(where + ": takes no multipart/form-data body");
            return;
        }
        for (JsonNode name : spec.path("form")) {
            if (resolved.path("properties").path(name.asText()).isMissingNode()) {
                problems.add(where + ": no form field '" + name.asText() + "'");
            }
        }
    }

    private void conforms(String where, JsonNode schema, String type) {
        JsonNode actual = resolve(schema);
        if (actual.isMissingNode()) {
            problems.add(where + ": no schema");
        } else if (type.endsWith("[]")) {
            if (expectType(where, actual, "array")) {
                conforms(where + "[]", actual.path("items"), type.substring(0, type.length() - 2));
            }
        } else if (type.startsWith("enum:")) {
            Set<String> expected = new TreeSet<>(List.of(type.substring(5).split("\\|")));
            Set<String> values = new TreeSet<>();
            actual.path("enum").forEach(v -> values.add(v.asText()));
            if (expectType(where, actual, "string") && !values.equals(expected)) {
                problems.add(where + ": enum is " + values + ", expected " + expected);
            }
        } else if (type.equals("map<string>") || type.equals("map<integer>")) {
            if (expectType(where, actual, "object")) {
                expectType(
                        where + " values",
                        resolve(actual.path("additionalProperties")),
                        type.substring(4, type.length() - 1));
            }
        } else if (Set.of("string", "integer", "number", "boolean").contains(type)) {
            expectType(where, actual, type);
        } else {
            object(where, actual, type);
        }
    }

    private void object(String where, JsonNode actual, String schemaName) {
        JsonNode fields = contract.path("schemas").path(schemaName);
        if (fields.isMissingNode()) {
            problems.add(where + ": contract.json has no schema " + schemaName);
            return;
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) fields::fields) {
            JsonNode property = actual.path("properties").path(field.getKey());
            if (property.isMissingNode()) {
                problems.add(where + ": " + schemaName + " has no field '" + field.getKey() + "'");
            } else {
                conforms(
                        where + "." + field.getKey(), property, field.getValue().asText());
            }
        }
    }

    private boolean expectType(String where, JsonNode schema, String type) {
        String actual = schema.path("type").asText();
        boolean ok = actual.equals(type) || (type.equals("number") && actual.equals("integer"));
        if (!ok) {
            problems.add(where + ": is " + (actual.isEmpty() ? "untyped" : actual) + ", expected " + type);
        }
        return ok;
    }

    private JsonNode firstSchema(JsonNode content) {
        var media = content.elements();
        return media.hasNext() ? media.next().path("schema") : content.path("schema");
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.isEmpty()) {
            return schema;
        }
        return openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
