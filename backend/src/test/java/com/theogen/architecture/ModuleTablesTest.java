package com.theogen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's SQL reads only its own tables and the views other modules publish (docs/adr/052, 061), never
 * another module's tables. A module owns the tables its changelog folder ({@code db/changelog/<module>/}) creates;
 * a view a folder creates is that module's published read model and any module may name it. The SQL of a module is
 * every string literal and text block of its main sources that is (with the other literals of its Java statement) an
 * SQL statement — joined so that a keyword and a table split across two literals are seen; a message's prose ("from
 * interviews") is not SQL — plus the table of each JPA {@code @Table(name = ...)}. Modules without a changelog folder
 * (shared, web, llm, ...) own no table and may name none.
 */
class ModuleTablesTest {

    private static final Path CHANGELOG = Path.of("..", "db", "changelog");
    private static final Path SOURCES = Path.of("src", "main", "java", "com", "theogen");
    private static final Pattern CREATED_TABLE = Pattern.compile("createTable:\\s+tableName:\\s*(\\w+)");
    private static final Pattern CREATED_VIEW = Pattern.compile("createView:\\s+viewName:\\s*(\\w+)");
    /**
     * A text block (group 1), a char literal (skipped, so that {@code '"'} does not open a string) or a string literal
     * (group 2).
     */
    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|'(?:[^'\\\\\\n]|\\\\.)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** What makes a run of joined literals SQL rather than prose ("its codes come only from interviews in …"). */
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:SELECT|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|TRUNCATE|CREATE|ALTER)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What ends a Java statement between two literals; literals of one statement are read as one text. */
    private static final Pattern STATEMENT_END = Pattern.compile("[;{}]");

    private static final Pattern NAMED_TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

    /**
     * Reads of another module's table that are not fixed yet, as "module/File.java -> table" with the reason. This
     * list may only shrink: an entry that no longer offends fails the test too, so it is removed with its fix.
     */
    private static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

    @Test
    void noModuleSqlNamesATableOfAnotherModule() {
        Map<String, String> owners = tableOwners();
        assertThat(owners)
                .containsEntry("projects", "project")
                .containsEntry("project_members", "project")
                .containsEntry("fragments", "interview")
                .containsEntry("theories", "theory")
                .containsEntry("users", "security")
                .containsEntry("evidence_coding_sync", "evidence")
                .containsEntry("code_applications", "coding");
        assertThat(publishedViews()).contains("interview_fragments_v", "theory_projects_v");

        Map<String, Set<String>> namedByModule = new TreeMap<>();
        Map<String, String> offending = new TreeMap<>();
        for (String module : modules()) {
            tablesNamedInSql(SOURCES.resolve(module)).forEach((file, tables) -> {
                namedByModule.computeIfAbsent(module, m -> new TreeSet<>()).addAll(tables);
                tables.stream()
                        .filter(t -> owners.containsKey(t) && !owners.get(t).equals(module))
                        .forEach(t -> offending.put(module + "/" + file + " -> " + t, owners.get(t)));
            });
        }
        // the scan sees each module's SQL: its own tables, JPA entities' tables and the published views it reads
        assertThat(namedByModule.get("coding"))
                .contains("code_applications", "codes", "memos", "interview_fragments_v", "theory_projects_v");
        assertThat(namedByModule.get("project")).contains("projects", "project_members");
        assertThat(namedByModule.get("interview")).contains("interviews", "fragments", "interview_media");
        assertThat(namedByModule.get("evidence")).contains("evidence_sync", "evidence_coding_sync");
        assertThat(namedByModule.get("security")).contains("users");
        assertThat(namedByModule.get("job")).contains("job_runs");

        Map<String, String> unexpected = new TreeMap<>(offending);
        KNOWN_EXCEPTIONS.keySet().forEach(unexpected::remove);
        assertThat(unexpected)
                .as("SQL naming another module's table (-> its owner); use the owner's API or a view it publishes")
                .isEmpty();
        assertThat(KNOWN_EXCEPTIONS.keySet())
                .as("known exceptions that no longer offend: remove them")
                .allMatch(offending::containsKey);
    }

    @Test
    void findsAForeignTableEvenWhenTheJoinSpansTwoLiterals() {
        String source = "char q = '\"'; String sql = \"SELECT a.id FROM code_applications a JOIN\"\n"
                + " + \" fragments f ON f.id = a.x\"; char r = '\"';";
        assertThat(tablesNamed(source)).containsExactlyInAnyOrder("code_applications", "fragments");
    }

    @Test
    void findsTablesInTextBlocksLowerCaseSqlAndEntityMappings() {
        String source = "String sql = \"\"\"\n  select 1 from projects p\n  where exists (select 1\n"
                + "    from users u)\n  \"\"\";\n@Table(name = \"interviews\") class E {}";
        assertThat(tablesNamed(source)).containsExactlyInAnyOrder("projects", "users", "interviews");
    }

    @Test
    void readsAMessagesProseAsProseNotAsSql() {
        String source = "String gap = name + \": its codes come only from interviews in \" + language;"
                + " String sql = \"SELECT id FROM codes\";";
        assertThat(tablesNamed(source)).containsExactly("codes");
    }

    /** Each table to the changelog folder (the module) that creates it. */
    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        changelogs().forEach(f -> {
            Matcher m = CREATED_TABLE.matcher(read(f));
            while (m.find()) {
                owners.put(m.group(1), CHANGELOG.relativize(f).getName(0).toString());
            }
        });
        return owners;
    }

    private static Set<String> publishedViews() {
        Set<String> views = new TreeSet<>();
        changelogs().forEach(f -> {
            Matcher m = CREATED_VIEW.matcher(read(f));
            while (m.find()) {
                views.add(m.group(1));
            }
        });
        return views;
    }

    private static List<Path> changelogs() {
        try (Stream<Path> files = Files.walk(CHANGELOG)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> CHANGELOG.relativize(f).getNameCount() > 1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level packages under {@code com.theogen}: the application modules. */
    private static List<String> modules() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> modules = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(modules).contains("coding", "evidence", "project", "shared", "web");
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<String>> tablesNamedInSql(Path sources) {
        Map<String, Set<String>> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> named.put(sources.relativize(f).toString(), tablesNamed(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }

    private static Set<String> tablesNamed(String source) {
        List<String> statements = new ArrayList<>();
        StringBuilder expression = new StringBuilder();
        int previousEnd = -1;
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (text == null) {
                continue;
            }
            boolean sameStatement = previousEnd >= 0
                    && !STATEMENT_END
                            .matcher(source.substring(previousEnd, literal.start()))
                            .find();
            if (!sameStatement) {
                statements.add(expression.toString());
                expression.setLength(0);
            }
            expression.append(text).append(' ');
            previousEnd = literal.end();
        }
        statements.add(expression.toString());
        Set<String> tables = new TreeSet<>();
        statements.stream().filter(s -> STATEMENT.matcher(s).find()).forEach(sql -> {
            Matcher table = NAMED_TABLE.matcher(sql);
            while (table.find()) {
                tables.add(table.group(1));
            }
        });
        Matcher entity = ENTITY_TABLE.matcher(source);
        while (entity.find()) {
            tables.add(entity.group(1));
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
