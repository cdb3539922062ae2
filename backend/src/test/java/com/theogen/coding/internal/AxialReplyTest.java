package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

/** Relation types are an enum the code understands; the number of categories asked for follows the codes. */
class AxialReplyTest {

    final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void relationTypesReadAsTheFiveParadigmTypesAndAnythingElseAsNone() throws Exception {
        AxialReply reply = json.readValue(
                """
                {"categories": [], "relations": [
                  {"from_category": "A", "to_category": "B", "type": "Strategy"},
                  {"from_category": "A", "to_category": "B", "type": "consecuencia"},
                  {"from_category": "A", "to_category": "B", "type": "interviniente"},
                  {"from_category": "A", "to_category": "B", "type": "condition of"}]}
                """,
                AxialReply.class);

        assertThat(reply.relations())
                .extracting(AxialReply.ProposedRelation::type)
                .containsExactly(RelationKind.STRATEGY, RelationKind.CONSEQUENCE, RelationKind.INTERVENING, null);
        assertThat(json.writeValueAsString(RelationKind.CONTEXTUAL)).isEqualTo("\"contextual\"");
    }

    @Test
    void theCategoriesAskedForScaleWithTheCodesToGroup() {
        assertThat(AxialGrouping.categoryRange(1)).isEqualTo("1");
        assertThat(AxialGrouping.categoryRange(4)).isEqualTo("1–2");
        assertThat(AxialGrouping.categoryRange(12)).isEqualTo("1–4");
        assertThat(AxialGrouping.categoryRange(40)).isEqualTo("3–14");
        assertThat(AxialGrouping.categoryRange(300)).isEqualTo("25–40");
    }
}
