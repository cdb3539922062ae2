package com.theogen.exchange.internal;

import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.interview.InterviewAttributes.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * REFI-QDA variables to interview attributes: a source's own variable values, then those of every case that
 * names the source (the first value of a name wins). A value that does not parse as its variable's type is kept
 * as text, with a warning.
 */
final class AttributePlanner {

    private AttributePlanner() {}

    static Map<String, List<Attribute>> bySource(Refi.Project project, Consumer<String> warn) {
        Map<String, Refi.Variable> variables = new HashMap<>();
        project.variables().forEach(v -> variables.putIfAbsent(v.guid(), v));
        Map<String, Map<String, Attribute>> bySource = new LinkedHashMap<>();
        for (Refi.Source source : project.sources()) {
            source.values().forEach(value -> add(bySource, source.guid(), value, variables, warn));
            if (source.representation() != null) {
                source.representation().values().forEach(value -> add(bySource, source.guid(), value, variables, warn));
            }
        }
        for (Refi.Case c : project.cases()) {
            for (String source : c.sourceRefs()) {
                c.values().forEach(value -> add(bySource, source, value, variables, warn));
            }
        }
        Map<String, List<Attribute>> result = new HashMap<>();
        bySource.forEach((source, attributes) -> result.put(source, new ArrayList<>(attributes.values())));
        return result;
    }

    private static void add(
            Map<String, Map<String, Attribute>> bySource,
            String source,
            Refi.Value value,
            Map<String, Refi.Variable> variables,
            Consumer<String> warn) {
        Refi.Variable variable = variables.get(value.variableGuid());
        if (variable == null) {
            throw QdeReader.invalid("a variable value refers to variable " + value.variableGuid()
                    + ", which the project does not define");
        }
        if (value.value() == null) {
            return;
        }
        String name = variable.name().replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            return;
        }
        AttributeType type = type(variable.type());
        String text = value.value().strip();
        if (!fits(type, text)) {
            warn.accept("variable '" + name + "' has the value '" + text + "', which is not a " + type.code()
                    + "; it is kept as text");
            type = AttributeType.TEXT;
        }
        Map<String, Attribute> attributes = bySource.computeIfAbsent(source, k -> new LinkedHashMap<>());
        attributes.putIfAbsent(name.toLowerCase(Locale.ROOT), new Attribute(name, type, text));
    }

    static AttributeType type(String refiType) {
        return switch (refiType == null ? "" : refiType) {
            case "Boolean" -> AttributeType.BOOLEAN;
            case "Integer" -> AttributeType.INTEGER;
            case "Float" -> AttributeType.FLOAT;
            case "Date" -> AttributeType.DATE;
            case "DateTime" -> AttributeType.DATETIME;
            default -> AttributeType.TEXT;
        };
    }

    /** Whether a value is of the variable's type; text is limited to what an attribute may hold. */
    private static boolean fits(AttributeType type, String value) {
        return type == AttributeType.TEXT ? value.length() <= 10_000 : type.accepts(value);
    }
}
