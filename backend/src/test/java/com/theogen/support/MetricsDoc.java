package com.theogen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/metrics.md read as data, and a Prometheus scrape read as metric families, so tests can hold the two
 * together: name, type and label names of every documented {@code theogen_*} metric.
 */
public final class MetricsDoc {

    static final Path FILE = Path.of("..", "docs", "metrics.md");

    /** A table cell, where {@code \|} inside a cell is text. */
    private static final String CELL = "((?:[^|\\\\]|\\\\.)*)\\|";

    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*`(theogen_\\w+)`\\s*\\|\\s*(\\w+)(?:[^|\\\\]|\\\\.)*\\|" + CELL + CELL);
    private static final Pattern LABEL = Pattern.compile("(?:^|,)\\s*`(\\w+)`");
    private static final Pattern TYPE = Pattern.compile("^# TYPE (\\w+) (\\w+)$");
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})? \\S+.*$");
    private static final Pattern SAMPLE_LABEL = Pattern.compile("(\\w+)=\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> STRUCTURAL_LABELS = Set.of("application", "le", "quantile");

    private MetricsDoc() {}

    /**
     * A documented metric: its name as scraped, its Prometheus type, its labels (besides application) and when it
     * appears ({@code at start}, {@code after a run}, {@code after a model call} …).
     */
    public record Row(String name, String type, Set<String> labels, String appears) {

        public boolean appearsAfterARun() {
            return appears.equals("at start") || appears.equals("after a run");
        }
    }

    /** A scraped metric family. */
    public record Family(String name, String type, Set<String> labels) {}

    /** The rows of the "TheoGen metrics" table. */
    public static List<Row> theogenMetrics() {
        List<Row> rows = new ArrayList<>();
        for (String line : section("## TheoGen metrics")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                Set<String> labels = new TreeSet<>();
                Matcher label = LABEL.matcher(m.group(3).trim());
                while (label.find()) {
                    labels.add(label.group(1));
                }
                rows.add(new Row(m.group(1), m.group(2), labels, m.group(4).trim()));
            }
        }
        assertThat(rows)
                .as("rows of the TheoGen metrics table in docs/metrics.md")
                .isNotEmpty();
        return rows;
    }

    /** The names in the first column of the "Other useful series" table. */
    public static List<String> otherSeries() {
        List<String> names = new ArrayList<>();
        for (String line : section("## Other useful series")) {
            if (line.startsWith("| `")) {
                Matcher m = Pattern.compile("`(\\w+)[^`]*`").matcher(line.substring(0, line.indexOf('|', 1)));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /**
     * The families of a Prometheus text scrape, keyed by family name without {@code _total}; the {@code _max}
     * gauge Micrometer adds beside a timer or histogram is folded into that family.
     */
    public static Map<String, Family> scrape(String text) {
        Map<String, String> types = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = TYPE.matcher(line);
            if (m.matches()) {
                types.put(m.group(1), m.group(2));
            }
        }
        Map<String, Family> families = new HashMap<>();
        types.forEach((name, type) -> {
            if (name.endsWith("_max") && types.containsKey(name.substring(0, name.length() - 4))) {
                return;
            }
            families.put(key(name), new Family(name, type, labelsOf(text, name)));
        });
        return families;
    }

    /** Asserts that a documented metric exists in the scrape with the documented type and labels. */
    public static void assertScraped(Row row, Map<String, Family> scraped) {
        Family family = scraped.get(key(row.name()));
        assertThat(family)
                .as("documented metric %s is not on /actuator/prometheus", row.name())
                .isNotNull();
        assertThat(family.type()).as("type of %s", row.name()).isEqualTo(row.type());
        assertThat(family.labels()).as("labels of %s", row.name()).isEqualTo(row.labels());
    }

    /** Names (without {@code _total}) of the documented metrics, to check scrapes for undocumented ones. */
    public static Set<String> documentedKeys() {
        Set<String> keys = new TreeSet<>();
        theogenMetrics().forEach(row -> keys.add(key(row.name())));
        return keys;
    }

    public static String key(String name) {
        return name.endsWith("_total") ? name.substring(0, name.length() - 6) : name;
    }

    private static Set<String> labelsOf(String text, String family) {
        Set<String> labels = new TreeSet<>();
        for (String line : text.lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches() || !belongs(m.group(1), family) || m.group(2) == null) {
                continue;
            }
            Matcher label = SAMPLE_LABEL.matcher(m.group(2));
            while (label.find()) {
                if (!STRUCTURAL_LABELS.contains(label.group(1))) {
                    labels.add(label.group(1));
                }
            }
        }
        return labels;
    }

    private static boolean belongs(String sample, String family) {
        return sample.equals(family) || sample.matches(Pattern.quote(family) + "_(total|bucket|count|sum|created)");
    }

    private static List<String> section(String heading) {
        List<String> lines = read().lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            start = lines.get(i).startsWith(heading) ? i : -1;
        }
        assertThat(start).as("docs/metrics.md has a section '%s'", heading).isNotNegative();
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    private static String read() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
