package com.theogen.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapAdviceTest {

    private static final long SIX_GB = 6L * 1024 * 1024 * 1024;

    @Test
    void tellsAnUnboundedStartWhichOptionToAdd() {
        assertThat(HeapAdvice.advice(List.of("-Dfile.encoding=UTF-8"), null, SIX_GB))
                .hasValueSatisfying(
                        advice -> assertThat(advice).contains("6144 MB").contains("-Xmx768m"));
    }

    @Test
    void saysNothingWhenAnyHeapBoundWasGiven() {
        assertThat(HeapAdvice.advice(List.of("-Xmx2g"), null, SIX_GB)).isEmpty();
        assertThat(HeapAdvice.advice(List.of("-XX:MaxRAMPercentage=75"), null, SIX_GB))
                .isEmpty();
        assertThat(HeapAdvice.advice(List.of(), "-XX:+UseG1GC -Xmx1g", SIX_GB)).isEmpty();
        // a small machine's default is already below the recommended bound
        assertThat(HeapAdvice.advice(List.of(), null, 512L * 1024 * 1024)).isEmpty();
    }

    @Test
    void theReadmeStartsTheEmbeddedDefaultWithTheRecommendedBound() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md")))
                .contains("java " + HeapAdvice.RECOMMENDED
                        + " -XX:SharedArchiveFile=backend/target/app/theogen.jsa -jar backend/target/app/theogen.jar")
                .contains("java " + HeapAdvice.RECOMMENDED + " -jar backend/target/theogen.jar");
    }
}
