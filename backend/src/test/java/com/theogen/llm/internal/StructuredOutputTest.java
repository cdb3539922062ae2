package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.llm.internal.Outputs.ConsequenceType;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.llm.internal.Outputs.Paradigm;
import org.junit.jupiter.api.Test;

class StructuredOutputTest {

    final StructuredOutput output = new StructuredOutput(TestLlm.VALIDATOR);

    static String paradigm(String propositions, String type) {
        return "{\"core_category\":\"Sustaining care\",\"propositions\":[" + propositions + "],"
                + "\"consequences\":[{\"text\":\"exhaustion\",\"type\":\"" + type + "\",\"horizon\":\"long_term\","
                + "\"evidence_ids\":[\"f1\"]}],\"note\":null}";
    }

    @Test
    void parsesSnakeCaseIgnoresUnknownFieldsAndReadsEnumsInAnyCase() {
        String reply =
                paradigm("\"p1\",\"p2\",\"p3\",\"p4\",\"p5\"", "SOCIAL").replace("{\"core", "{\"extra\":1,\"core");

        StructuredOutput.Outcome<Paradigm> outcome = output.parse(reply, Paradigm.class);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.value().consequences().get(0).type()).isEqualTo(ConsequenceType.SOCIAL);
    }

    @Test
    void acceptsTrailingCommasAndRawLineBreaksInStrings() {
        String reply = "{\"codes\":[{\"label\":\"a\nb\",\"fragment_id\":\"f1\",\"quote\":\"q\",\"confidence\":0.5},]}";

        assertThat(output.parse(reply, OpenCoding.class).valid()).isTrue();
    }

    @Test
    void reportsValidationErrorsWithSnakeCasePaths() {
        StructuredOutput.Outcome<Paradigm> outcome = output.parse(paradigm("\"p1\",\"\"", "material"), Paradigm.class);

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors())
                .contains("propositions: size must be between 5 and 10", "propositions[1]: must not be blank");
    }

    @Test
    void reportsAnUnknownEnumValueByItsPath() {
        StructuredOutput.Outcome<Paradigm> outcome =
                output.parse(paradigm("\"p1\",\"p2\",\"p3\",\"p4\",\"p5\"", "economic"), Paradigm.class);

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors()).containsExactly("consequences[0].type: has an invalid value");
    }

    @Test
    void reportsMalformedJsonAndKeepsAShortExcerpt() {
        String reply = "{\"codes\": [{\"label\": \"a\" \"fragment_id\": \"f1\"}]} " + "z".repeat(500);

        StructuredOutput.Outcome<OpenCoding> outcome = output.parse(reply, OpenCoding.class);

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors().get(0)).startsWith("not valid JSON");
        assertThat(outcome.excerpt()).startsWith("{\"codes\"").hasSize(201);
    }
}
