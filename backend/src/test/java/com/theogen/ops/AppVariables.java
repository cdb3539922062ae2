package com.theogen.ops;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the app reads: the {@code ${VAR:default}} placeholders of application.yml, the
 * relaxed-binding form of every key there ({@code theogen.job.max-attempts} → {@code THEOGEN_JOB_MAX_ATTEMPTS}),
 * and the few Spring Boot properties the deployment sets without a default in application.yml.
 */
final class AppVariables {

    /** Boot properties the RUNBOOK documents that have no entry in application.yml (unset = embedded default). */
    static final Set<String> BOOT_ONLY = Set.of(
            "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
            "JAVA_TOOL_OPTIONS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private AppVariables() {}

    static Set<String> environmentNames() {
        Set<String> names = new TreeSet<>(BOOT_ONLY);
        Matcher m = PLACEHOLDER.matcher(RepositoryFiles.read("backend/src/main/resources/application.yml"));
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String key : applicationKeys().keySet()) {
            names.add(key.replaceAll("[.\\-]", "_").toUpperCase(Locale.ROOT));
        }
        return names;
    }

    static Map<String, Object> applicationKeys() {
        return RepositoryFiles.flatten(RepositoryFiles.yaml("backend/src/main/resources/application.yml"));
    }
}
