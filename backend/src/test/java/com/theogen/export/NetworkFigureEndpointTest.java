package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.export.internal.png.Infographic;
import com.theogen.export.internal.png.NetworkDiagram;
import com.theogen.export.internal.png.NetworkLayout;
import com.theogen.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's network positions are the PNG infographic's, read over HTTP. */
@ExportIntegrationTest
class NetworkFigureEndpointTest {

    @Autowired
    ApiClient api;

    @Test
    void networkLayoutIsTheInfographicsLayoutMovedToItsFrame() {
        String token = api.newUserToken();
        String project = api.createProject(token, Map.of("name", "Cuidado informal", "language", "es"))
                .get("id")
                .asText();
        TheoryReport report = SpanishCaregiversReport.build();
        UUID theory = ExportFixtures.theory(project, report);

        JsonNode figure = layout(token, project, theory.toString(), 200);

        NetworkLayout.Result drawn = NetworkDiagram.layout(report, Infographic.NETWORK, Infographic.NETWORK_FONT);
        assertThat(figure.get("width").asDouble()).isEqualTo(Infographic.NETWORK.getWidth());
        assertThat(figure.get("height").asDouble()).isEqualTo(Infographic.NETWORK.getHeight());
        assertThat(figure.get("font_size").asDouble()).isEqualTo(drawn.fontSize());
        List<String> names = new ArrayList<>();
        figure.get("nodes").forEach(n -> names.add(n.get("category").asText()));
        assertThat(names)
                .containsExactlyElementsOf(drawn.nodes().stream()
                        .map(NetworkLayout.PlacedNode::name)
                        .toList());
        for (int i = 0; i < drawn.nodes().size(); i++) {
            NetworkLayout.PlacedNode expected = drawn.nodes().get(i);
            JsonNode node = figure.get("nodes").get(i);
            assertThat(node.get("x").asDouble()).isCloseTo(expected.cx() - Infographic.NETWORK.getX(), within(1e-9));
            assertThat(node.get("y").asDouble()).isCloseTo(expected.cy() - Infographic.NETWORK.getY(), within(1e-9));
            assertThat(node.get("radius").asDouble()).isEqualTo(expected.radius());
            assertThat(node.get("core").asBoolean()).isEqualTo(expected.core());
            List<String> lines = new ArrayList<>();
            node.get("lines").forEach(l -> lines.add(l.asText()));
            assertThat(lines).isEqualTo(expected.lines());
            assertThat(node.at("/label/width").asDouble())
                    .isEqualTo(expected.labelBox().getWidth());
        }
        assertThat(figure.get("nodes"))
                .filteredOn(n -> n.get("core").asBoolean())
                .singleElement()
                .satisfies(n -> assertThat(n.get("category").asText())
                        .isEqualTo(report.coreCategory().name()));
        assertThat(layout(token, project, theory.toString(), 200))
                .as("same theory, same positions")
                .isEqualTo(figure);
    }

    @Test
    void unknownTheoryForeignProjectAndBadIdsAreRefused() {
        String owner = api.newUserToken();
        String project = api.createProject(owner, Map.of("name", "Privado", "language", "es"))
                .get("id")
                .asText();
        UUID theory = ExportFixtures.theory(project, SpanishCaregiversReport.build());

        assertThat(layout(api.newUserToken(), project, theory.toString(), 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(layout(owner, project, UUID.randomUUID().toString(), 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(layout(owner, project, "not-a-uuid", 400).get("error_code").asText())
                .isNotBlank();
    }

    private JsonNode layout(String token, String project, String theory, int status) {
        return api.get(token, "/api/projects/" + project + "/theories/" + theory + "/network-layout")
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
