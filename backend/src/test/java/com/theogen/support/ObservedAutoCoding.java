package com.theogen.support;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodingRun;
import com.theogen.coding.OpenCodingOutcome;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps the application's {@link AutoCoding} in tests: counts how often each stage was entered per project and can
 * hold the next axial grouping of a project (so a test can kill the worker mid-stage or cancel a running job), then
 * delegates to the real coding module.
 */
public class ObservedAutoCoding implements AutoCoding {

    private static final Map<UUID, CountDownLatch> HOLDS = new ConcurrentHashMap<>();
    private static final Map<UUID, CountDownLatch> HELD = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private final AutoCoding delegate;

    public ObservedAutoCoding(AutoCoding delegate) {
        this.delegate = delegate;
    }

    /** Makes the next axial grouping of {@code projectId} (only the next) wait until {@link #release}. */
    public static void holdAxialGrouping(UUID projectId) {
        HOLDS.put(projectId, new CountDownLatch(1));
    }

    public static void release(UUID projectId) {
        CountDownLatch latch = HELD.remove(projectId);
        if (latch == null) {
            latch = HOLDS.remove(projectId);
        }
        if (latch != null) {
            latch.countDown();
        }
    }

    /** How often {@code step} ({@code open_code}, {@code group_axially}) was entered for the project. */
    public static int calls(UUID projectId, String step) {
        AtomicInteger n = CALLS.get(projectId + ":" + step);
        return n == null ? 0 : n.get();
    }

    @Override
    public OpenCodingOutcome openCode(CodingRun run) {
        count(run.projectId(), "open_code");
        return delegate.openCode(run);
    }

    @Override
    public AxialOutcome groupAxially(CodingRun run) {
        count(run.projectId(), "group_axially");
        CountDownLatch hold = HOLDS.remove(run.projectId());
        if (hold != null) {
            HELD.put(run.projectId(), hold);
            try {
                hold.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return delegate.groupAxially(run);
    }

    @Override
    public void requireCodebook(UUID projectId, java.util.List<UUID> codeIds) {
        delegate.requireCodebook(projectId, codeIds);
    }

    @Override
    public com.theogen.coding.CodebookOutcome codeWithCodebook(
            CodingRun run, java.util.List<UUID> interviewIds, java.util.List<UUID> codeIds) {
        count(run.projectId(), "code_with_codebook");
        return delegate.codeWithCodebook(run, interviewIds, codeIds);
    }

    private static void count(UUID projectId, String step) {
        CALLS.computeIfAbsent(projectId + ":" + step, k -> new AtomicInteger()).incrementAndGet();
    }
}
