package com.theogen.interview;

import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A filter on interview attributes, as query parameters {@code attr.<name>=<value>}: names compare ignoring case,
 * values compare ignoring case after trimming. Different names must all match (AND); a name given several times
 * matches any of its values (OR). An empty filter matches every interview.
 *
 * @param values the wanted values by attribute name (as given)
 */
public record AttributeFilter(Map<String, Set<String>> values) {

    /** The query parameter prefix. */
    public static final String PREFIX = "attr.";

    static final int MAX_NAMES = 20;

    /** No filter. */
    public static final AttributeFilter NONE = new AttributeFilter(Map.of());

    public AttributeFilter {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        values.forEach((name, wanted) -> copy.put(name, Set.copyOf(wanted)));
        values = Map.copyOf(copy);
    }

    /**
     * The filter in these query parameters; parameters not starting with {@value #PREFIX} are ignored.
     *
     * @throws DomainException {@link AttributeError#INVALID_ATTRIBUTE_FILTER} (400) for a blank name or value, or
     *     more than 20 names
     */
    public static AttributeFilter fromQuery(Map<String, List<String>> query) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        query.forEach((key, given) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String name = key.substring(PREFIX.length()).replaceAll("\\s+", " ").strip();
            if (name.isEmpty()) {
                throw invalid("an attribute filter needs a name: attr.<name>=<value>");
            }
            String canonical = names.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> name);
            for (String value : given == null ? List.<String>of() : given) {
                String v = value == null ? "" : value.strip();
                if (v.isEmpty()) {
                    throw invalid("attribute filter attr." + name + " needs a value");
                }
                values.computeIfAbsent(canonical, k -> new LinkedHashSet<>()).add(v);
            }
        });
        if (values.size() > MAX_NAMES) {
            throw invalid("at most " + MAX_NAMES + " attribute filters");
        }
        return new AttributeFilter(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether an interview with these attributes passes the filter. */
    public boolean matches(List<InterviewAttributes.Attribute> attributes) {
        for (Map.Entry<String, Set<String>> wanted : values.entrySet()) {
            boolean hit = attributes.stream()
                    .anyMatch(a -> a.name().equalsIgnoreCase(wanted.getKey())
                            && wanted.getValue().stream().anyMatch(v -> v.equalsIgnoreCase(a.value())));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** The names, for error messages and responses. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    private static DomainException invalid(String message) {
        return new DomainException(AttributeError.INVALID_ATTRIBUTE_FILTER, message);
    }
}
