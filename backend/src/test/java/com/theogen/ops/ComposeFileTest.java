package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The wiring of {@code docker-compose.yml}, read as YAML: no Docker engine is needed. The file itself is
 * validated by a compose implementation in {@link ComposeConfigTest} wherever one is installed.
 */
class ComposeFileTest {

    private static final Set<String> STORES = Set.of("postgres", "qdrant", "neo4j");

    private final Map<String, Object> compose = RepositoryFiles.yaml("docker-compose.yml");

    @Test
    void declaresTheFourServicesEachWithAHealthcheck() {
        Map<String, Object> services = services();
        assertThat(services).containsOnlyKeys("postgres", "qdrant", "neo4j", "app");
        services.forEach((name, service) -> assertThat(map(service).get("healthcheck"))
                .as("healthcheck of %s", name)
                .isInstanceOf(Map.class)
                .extracting(h -> ((Map<?, ?>) h).get("test"))
                .isNotNull());
    }

    @Test
    void appStartsOnlyOnceEveryStoreIsHealthy() {
        Map<String, Object> dependsOn = map(app().get("depends_on"));
        assertThat(dependsOn).containsOnlyKeys(STORES);
        dependsOn.values().forEach(condition -> assertThat(map(condition))
                .containsEntry("condition", "service_healthy"));
    }

    @Test
    void appIsBuiltFromTheDockerfileAndProbesTheActuatorHealth() {
        assertThat(map(app().get("build"))).containsEntry("context", ".").containsEntry("dockerfile", "Dockerfile");
        assertThat(String.valueOf(map(app().get("healthcheck")).get("test"))).contains("/actuator/health");
    }

    @Test
    void appTalksToTheComposeStoresNotToItsEmbeddedDefaults() {
        Map<String, Object> env = environment();
        assertThat(env)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/theogen")
                .containsEntry("THEOGEN_EVIDENCE_VECTOR_BACKEND", "qdrant")
                .containsEntry("QDRANT_HOST", "qdrant")
                .containsEntry("THEOGEN_EVIDENCE_GRAPH_BACKEND", "neo4j")
                .containsEntry("NEO4J_URI", "bolt://neo4j:7687")
                .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "NEO4J_PASSWORD");
        assertThat(app().get("env_file")).as("LLM settings come from .env").isEqualTo(".env");
    }

    @Test
    void everyVariableGivenToTheAppIsOneTheAppReads() {
        Set<String> readable = new TreeSet<>(AppVariables.environmentNames());
        assertThat(environment().keySet()).allSatisfy(name -> assertThat(readable)
                .as("%s is not read by application.yml (placeholder or relaxed binding)", name)
                .contains(name));
    }

    @Test
    void everyVariableInEnvExampleIsOneTheAppOrComposeReads() {
        Set<String> readable = new TreeSet<>(AppVariables.environmentNames());
        Set<String> composeVariables = composeInterpolations();
        composeVariables.add("COMPOSE_PROJECT_NAME");
        composeVariables.add("JAVA_TOOL_OPTIONS");
        Matcher line = Pattern.compile("(?m)^#?\\s*([A-Z][A-Z0-9_]+)=").matcher(RepositoryFiles.read(".env.example"));
        List<String> names = line.results().map(m -> m.group(1)).toList();
        assertThat(names).contains("POSTGRES_PASSWORD", "NEO4J_PASSWORD", "THEOGEN_LLM_PROVIDER");
        assertThat(names).allSatisfy(name -> assertThat(readable.contains(name) || composeVariables.contains(name))
                .as("%s in .env.example is read by nobody", name)
                .isTrue());
    }

    @Test
    void envExampleHoldsNoSecrets() {
        assertThat(RepositoryFiles.read(".env.example"))
                .containsPattern("(?m)^POSTGRES_PASSWORD=$")
                .containsPattern("(?m)^NEO4J_PASSWORD=$")
                .doesNotContainPattern("(?m)^[A-Z_]*(KEY|PASSWORD)=\\S+");
    }

    @Test
    void everyStoreKeepsItsDataInADeclaredNamedVolume() {
        Set<String> declared = map(compose.get("volumes")).keySet();
        for (String service : List.of("postgres", "qdrant", "neo4j", "app")) {
            @SuppressWarnings("unchecked")
            List<String> mounts = (List<String>) map(services().get(service)).get("volumes");
            assertThat(mounts).as("volumes of %s", service).isNotEmpty();
            assertThat(mounts)
                    .allSatisfy(mount -> assertThat(declared).contains(mount.substring(0, mount.indexOf(':'))));
        }
        assertThat(RepositoryFiles.read("docker-compose.yml")).contains("app-data:/var/lib/theogen/data");
    }

    @Test
    void appPublishesAPortRangeSoThatReplicasDoNotCollide() {
        @SuppressWarnings("unchecked")
        List<String> ports = (List<String>) app().get("ports");
        assertThat(ports).singleElement().asString().matches("\\$\\{THEOGEN_HTTP_PORTS:-\\d+-\\d+}:8080");
        assertThat(app()).doesNotContainKey("container_name");
    }

    private Set<String> composeInterpolations() {
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(RepositoryFiles.read("docker-compose.yml"));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Object> app() {
        return map(services().get("app"));
    }

    private Map<String, Object> environment() {
        return map(app().get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
