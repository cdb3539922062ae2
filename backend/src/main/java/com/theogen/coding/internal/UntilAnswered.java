package com.theogen.coding.internal;

import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.DraftWriter.DraftCode;
import com.theogen.job.JobCanceledException;
import com.theogen.llm.LlmError;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes one batch until every fragment is answered or given up (docs/adr/027). The batch goes in one call; what the
 * reply left unanswered — fragments it left out, or that a reply cut off at the output limit never reached — is sent
 * again in halves, and so on. Every retry is smaller than the call it repeats, so a batch of n fragments costs at
 * most 2n - 1 calls. A fragment that alone is still not answered, a retry whose reply is invalid, and a call that
 * failed for another reason (after the LLM layer's own retries) are given up: counted, never marked examined. A
 * first reply that is invalid is split in halves once.
 */
final class UntilAnswered {

    private static final Logger log = LoggerFactory.getLogger(UntilAnswered.class);

    /**
     * One reply, read.
     *
     * @param drafts codes of the answered fragments
     * @param dropped quotes not found in their fragment, and codes for fragment ids the call did not show
     * @param unanswered fragments the reply has no entry for
     * @param truncated whether the reply was cut off at the output limit
     */
    record Attempt(List<DraftCode> drafts, int dropped, List<Scoped> unanswered, boolean truncated) {}

    /** One call for these fragments; throws the LLM layer's {@link DomainException} when it fails. */
    @FunctionalInterface
    interface Caller {
        Attempt call(List<Scoped> fragments);
    }

    /**
     * What the calls of one batch produced.
     *
     * @param failures the errors of the parts given up
     * @param failed fragments of those parts: neither coded nor answered
     */
    record Result(List<DraftCode> drafts, int dropped, List<DomainException> failures, Set<UUID> failed) {}

    private final Caller caller;
    private final List<DraftCode> drafts = new ArrayList<>();
    private final List<DomainException> failures = new ArrayList<>();
    private final Set<UUID> failed = new HashSet<>();
    private int dropped;

    private UntilAnswered(Caller caller) {
        this.caller = caller;
    }

    /**
     * @throws JobCanceledException when the run was canceled
     * @throws DomainException a failure that ends the run ({@link LlmError#endsRun()}) or that is not the model's
     */
    static Result code(List<Scoped> batch, Caller caller) {
        UntilAnswered loop = new UntilAnswered(caller);
        loop.code(batch, false);
        return new Result(List.copyOf(loop.drafts), loop.dropped, List.copyOf(loop.failures), Set.copyOf(loop.failed));
    }

    private void code(List<Scoped> fragments, boolean retry) {
        Attempt attempt;
        try {
            attempt = caller.call(fragments);
        } catch (DomainException e) {
            BatchFailures.rethrowUnlessSkippable(e);
            if (retry || fragments.size() == 1 || !e.is(LlmError.OUTPUT_INVALID)) {
                fail(fragments, e);
            } else {
                halves(fragments).forEach(part -> code(part, true));
            }
            return;
        }
        drafts.addAll(attempt.drafts());
        dropped += attempt.dropped();
        List<Scoped> missing = attempt.unanswered();
        if (missing.isEmpty()) {
            return;
        }
        if (fragments.size() == 1) {
            fail(missing, unanswered(attempt));
            return;
        }
        log.debug(
                "open-coding reply left {} of {} fragments unanswered truncated={}; retrying them in halves",
                missing.size(),
                fragments.size(),
                attempt.truncated());
        halves(missing).forEach(part -> code(part, true));
    }

    private void fail(List<Scoped> fragments, DomainException e) {
        log.warn(
                "open-coding fragments skipped fragments={} error_code={} message={}",
                fragments.size(),
                e.errorCode(),
                e.getMessage());
        failures.add(e);
        fragments.forEach(f -> failed.add(f.id()));
    }

    private static List<List<Scoped>> halves(List<Scoped> fragments) {
        if (fragments.size() == 1) {
            return List.of(fragments);
        }
        int half = fragments.size() / 2;
        return List.of(fragments.subList(0, half), fragments.subList(half, fragments.size()));
    }

    private static DomainException unanswered(Attempt attempt) {
        return new DomainException(
                LlmError.OUTPUT_INVALID,
                attempt.truncated()
                        ? "The model's reply was cut off at its output limit before it answered for the fragment"
                        : "The model left the fragment out of its answer");
    }
}
