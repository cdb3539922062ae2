package com.theogen.job.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Job worker threads yield the CPU to request threads: a higher Linux nice value, a lower Java priority. */
class JobWorkersThreadsTest {

    private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");

    @Test
    void workerThreadsRunNicerThanTheRestOfTheProcess() throws Exception {
        assumeTrue(Files.isReadable(THREAD_STAT), "Linux only: nice values are per thread there");
        int ownBefore = nice();
        AtomicInteger workerNice = new AtomicInteger(-100);
        AtomicInteger workerPriority = new AtomicInteger();
        AtomicReference<String> workerName = new AtomicReference<>();

        Thread worker = JobWorkers.threads(10).newThread(() -> {
            workerNice.set(nice());
            workerPriority.set(Thread.currentThread().getPriority());
            workerName.set(Thread.currentThread().getName());
        });
        worker.start();
        worker.join();

        assertThat(workerNice.get()).isEqualTo(Math.max(10, ownBefore));
        assertThat(workerPriority.get()).isLessThan(Thread.NORM_PRIORITY);
        assertThat(workerName.get()).startsWith(JobWorkers.THREAD_PREFIX);
        assertThat(nice()).as("only the worker thread is reniced").isEqualTo(ownBefore);
    }

    @Test
    void nicenessZeroLeavesTheThreadAsItIs() throws Exception {
        assumeTrue(Files.isReadable(THREAD_STAT), "Linux only: nice values are per thread there");
        int own = nice();
        AtomicInteger workerNice = new AtomicInteger(-100);

        Thread worker = JobWorkers.threads(0).newThread(() -> workerNice.set(nice()));
        worker.start();
        worker.join();

        assertThat(workerNice.get()).isEqualTo(own);
    }

    /** Field 19 of the calling thread's stat line; fields are counted after the command name in parentheses. */
    private static int nice() {
        try {
            String stat = Files.readString(THREAD_STAT);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
