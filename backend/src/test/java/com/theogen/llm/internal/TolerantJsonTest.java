package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TolerantJsonTest {

    static TolerantJson.Extracted first(String reply) {
        List<TolerantJson.Extracted> candidates = TolerantJson.candidates(reply);
        assertThat(candidates).isNotEmpty();
        return candidates.get(0);
    }

    @Test
    void takesTheValueOutOfCodeFencesAndProse() {
        assertThat(first("Here you go:\n```json\n{\"a\": [1, 2]}\n```\nAnything else?")
                        .json())
                .isEqualTo("{\"a\": [1, 2]}");
        assertThat(first("The answer is {\"a\": \"}\"} as requested.").json()).isEqualTo("{\"a\": \"}\"}");
    }

    @Test
    void replacesControlCharactersAndByteOrderMark() {
        assertThat(first("\uFEFF{\"a\": \"x\u0000y\u0007\"}").json()).isEqualTo("{\"a\": \"x y \"}");
    }

    @Test
    void offersLaterOpeningsWhenProseContainsBraces() {
        List<TolerantJson.Extracted> candidates = TolerantJson.candidates("See {this note}: {\"a\": 1}");

        assertThat(candidates).extracting(TolerantJson.Extracted::json).contains("{\"a\": 1}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            cut inside a string of the second item | {"codes": [{"l": "a"}, {"l": "b | {"codes": [{"l": "a"}]}
            cut after a comma                      | {"codes": [{"l": "a"},               | {"codes": [{"l": "a"}]}
            cut inside a key                       | {"a": "x", "b                        | {"a": "x"}
            cut after a colon                      | {"a": 1, "b":                        | {"a": 1}
            cut inside a number                    | {"a": [10, 20, 3                     | {"a": [10, 20]}
            cut inside a literal                   | {"a": [true, fal                     | {"a": [true]}
            cut right after an array opens         | {"a": "x", "b": [                    | {"a": "x", "b": []}
            cut in a nested object of an array     | {"a": [{"b": [1, 2], "c": "d         | {"a": []}
            """)
    void truncatedValueIsClosedAfterItsLastCompleteElement(String what, String reply, String repaired) {
        TolerantJson.Extracted extracted = first(reply.strip());

        assertThat(extracted.json()).isEqualTo(repaired.strip());
        assertThat(extracted.truncated()).isTrue();
    }

    @Test
    void completeValueIsNotMarkedTruncated() {
        assertThat(first("{\"a\": [1, {\"b\": \"c\\\"d\"}]}").truncated()).isFalse();
    }

    @Test
    void replyWithoutJsonHasNoCandidate() {
        assertThat(TolerantJson.candidates("I cannot help with that.")).isEmpty();
        assertThat(TolerantJson.candidates(null)).isEmpty();
    }
}
