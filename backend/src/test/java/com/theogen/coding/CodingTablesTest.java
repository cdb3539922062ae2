package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coding's SQL reads only coding's own tables and the views other modules publish for it (docs/adr/052), never
 * another module's tables. The tables each module owns are those its changelog folder creates; the SQL is every
 * string literal of coding's main sources, joined so that a keyword and a table split across two literals are seen.
 */
class CodingTablesTest {

    private static final Path CHANGELOG = Path.of("..", "db", "changelog");
    private static final Path CODING_SOURCES = Path.of("src", "main", "java", "com", "theogen", "coding");
    private static final Pattern CREATED_TABLE = Pattern.compile("createTable:\\s+tableName:\\s*(\\w+)");
    /** A char literal (skipped, so that {@code '"'} does not open a string) or a string literal (group 1). */
    private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern NAMED_TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)");

    @Test
    void codingSqlNamesNoTableOfAnotherModule() throws IOException {
        Set<String> foreign = tablesOwnedByModulesOtherThan("coding");
        assertThat(foreign).contains("projects", "project_members", "interviews", "fragments", "theories", "users");

        Map<String, Set<String>> namedByFile = tablesNamedInSql(CODING_SOURCES);
        Set<String> named = new TreeSet<>();
        namedByFile.values().forEach(named::addAll);
        // the scan sees coding's SQL: its own tables and the published views it reads
        assertThat(named).contains("code_applications", "codes", "memos", "interview_fragments_v", "theory_projects_v");

        Map<String, Set<String>> offending = new TreeMap<>();
        namedByFile.forEach(
                (file, tables) -> tables.stream().filter(foreign::contains).forEach(t -> offending
                        .computeIfAbsent(file, k -> new TreeSet<>())
                        .add(t)));
        assertThat(offending)
                .as("coding SQL naming another module's tables (use its API or a view it publishes)")
                .isEmpty();
    }

    @Test
    void findsAForeignTableEvenWhenTheJoinSpansTwoLiterals() {
        String source = "char q = '\"'; String sql = \"SELECT a.id FROM code_applications a JOIN\"\n"
                + " + \" fragments f ON f.id = a.x\"; char r = '\"';";
        assertThat(tablesNamed(source)).containsExactlyInAnyOrder("code_applications", "fragments");
    }

    private static Set<String> tablesOwnedByModulesOtherThan(String module) throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CHANGELOG)) {
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !CHANGELOG.relativize(f).getName(0).toString().equals(module))
                    .forEach(f -> {
                        Matcher m = CREATED_TABLE.matcher(read(f));
                        while (m.find()) {
                            tables.add(m.group(1));
                        }
                    });
        }
        return tables;
    }

    private static Map<String, Set<String>> tablesNamedInSql(Path sources) throws IOException {
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> named.put(sources.relativize(f).toString(), tablesNamed(read(f))));
        }
        return named;
    }

    private static Set<String> tablesNamed(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            if (literal.group(1) != null) {
                sql.append(literal.group(1)).append(' ');
            }
        }
        Set<String> tables = new TreeSet<>();
        Matcher table = NAMED_TABLE.matcher(sql);
        while (table.find()) {
            tables.add(table.group(1));
        }
        return tables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
