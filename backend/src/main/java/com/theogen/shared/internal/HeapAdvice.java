package com.theogen.shared.internal;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default is meant to run with a bounded heap ({@value #RECOMMENDED}, the README's command; ADR 041):
 * without one the JVM takes a quarter of the machine's memory and grows into it under load. The JVM cannot bound
 * itself once started, so a start without any heap option is told so, once, with the option to add.
 */
@Component
class HeapAdvice {

    static final String RECOMMENDED = "-Xmx768m";

    private static final Logger log = LoggerFactory.getLogger(HeapAdvice.class);

    /** The warning to log, if the JVM got no heap bound and its default one is above the recommended one. */
    static Optional<String> advice(List<String> jvmArguments, String toolOptions, long maxHeapBytes) {
        boolean bounded = jvmArguments.stream().anyMatch(HeapAdvice::boundsHeap)
                || (toolOptions != null
                        && List.of(toolOptions.split("\\s+")).stream().anyMatch(HeapAdvice::boundsHeap));
        if (bounded || maxHeapBytes <= 768L * 1024 * 1024) {
            return Optional.empty();
        }
        return Optional.of("No heap bound was given: this JVM may grow to " + maxHeapBytes / (1024 * 1024)
                + " MB of heap. Start it with " + RECOMMENDED + " (java " + RECOMMENDED
                + " -jar theogen.jar; README, RUNBOOK \"Memory\") unless you want that.");
    }

    private static boolean boundsHeap(String argument) {
        return argument.startsWith("-Xmx")
                || argument.startsWith("-XX:MaxHeapSize")
                || argument.startsWith("-XX:MaxRAMPercentage")
                || argument.startsWith("-XX:MaxRAM=");
    }

    @EventListener(ApplicationReadyEvent.class)
    void adviseOnce() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        advice(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv("JAVA_TOOL_OPTIONS"), maxHeap)
                .ifPresentOrElse(log::warn, () -> log.info("Heap bound {} MB", maxHeap / (1024 * 1024)));
    }
}
