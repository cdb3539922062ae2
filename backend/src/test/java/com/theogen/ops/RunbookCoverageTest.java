package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RUNBOOK.md documents every {@code theogen.*} setting of application.yml: an operator never has to read code. */
class RunbookCoverageTest {

    /** A documented key, optionally followed by siblings written as {@code / `max-backoff`}. */
    private static final Pattern DOCUMENTED = Pattern.compile("`(theogen\\.[\\w.<>\\-]+)`((?:\\s*/\\s*`[\\w\\-]+`)*)");

    private static final List<String> ROLES = List.of("coding", "reasoning", "fast");

    @Test
    void everyTheogenSettingInApplicationYmlHasARunbookEntry() {
        Set<String> documented = documentedKeys(RepositoryFiles.read("RUNBOOK.md"));
        Set<String> settings = new TreeSet<>();
        AppVariables.applicationKeys().keySet().stream()
                .filter(key -> key.startsWith("theogen."))
                .forEach(settings::add);
        assertThat(settings).contains("theogen.job.max-attempts", "theogen.llm.models.coding.name");

        settings.removeAll(documented);

        assertThat(settings)
                .as("theogen.* keys in application.yml without a RUNBOOK.md entry")
                .isEmpty();
    }

    @Test
    void readsSiblingAndRoleFormsOfTheTables() {
        Set<String> keys = documentedKeys(
                "| `theogen.llm.calls.initial-backoff` / `max-backoff` | x |\n| `theogen.llm.models.<role>.name` | y |");

        assertThat(keys)
                .contains(
                        "theogen.llm.calls.initial-backoff",
                        "theogen.llm.calls.max-backoff",
                        "theogen.llm.models.reasoning.name")
                .doesNotContain("theogen.llm.calls.max-attempts");
    }

    static Set<String> documentedKeys(String runbook) {
        Set<String> keys = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(runbook);
        while (m.find()) {
            String key = m.group(1);
            add(keys, key);
            String parent = key.substring(0, key.lastIndexOf('.') + 1);
            Matcher sibling = Pattern.compile("`([\\w\\-]+)`").matcher(m.group(2));
            while (sibling.find()) {
                add(keys, parent + sibling.group(1));
            }
        }
        return keys;
    }

    private static void add(Set<String> keys, String key) {
        if (key.contains("<role>")) {
            ROLES.forEach(role -> keys.add(key.replace("<role>", role)));
        } else {
            keys.add(key);
        }
    }
}
