package com.theogen.coding;

import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmRunContext;
import java.util.Objects;
import java.util.UUID;

/**
 * One execution of coding stages.
 *
 * @param interviewId restricts open coding to one interview; {@code null} for the whole project
 * @param recode re-code fragments that already carry AI/offline codes (human codes are never removed)
 * @param access how the run reaches a model (offline analyst when not remote)
 * @param llm the run's LLM context (key, deadline, cancellation, usage recorder)
 * @param progress receives sub-step names and percent 0–100 of this call's own work
 */
public record CodingRun(
        UUID projectId, UUID interviewId, boolean recode, LlmAccess access, LlmRunContext llm, Progress progress) {

    public CodingRun {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(llm, "llm");
        progress = progress == null ? (step, percent) -> {} : progress;
    }

    /** Progress sink; implementations may throw {@link com.theogen.job.JobCanceledException} to stop the run. */
    @FunctionalInterface
    public interface Progress {
        void report(String step, int percent);
    }
}
