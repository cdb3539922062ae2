package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.DraftWriter.DraftApplication;
import com.theogen.coding.internal.DraftWriter.DraftCode;
import com.theogen.coding.internal.UntilAnswered.Attempt;
import com.theogen.interview.Fragment;
import com.theogen.job.JobCanceledException;
import com.theogen.llm.LlmError;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The retry rule of open coding, with a "model" that answers only as many fragments as fit its output: every
 * fragment is answered exactly once or counted as failed, and the number of calls stays within 2n - 1.
 */
class UntilAnsweredTest {

    final List<Integer> calls = new ArrayList<>();

    @Test
    void repliesCutOffAtAnyDepthAreSplitUntilEveryFragmentIsAnsweredOnce() {
        List<Scoped> batch = fragments(16);

        UntilAnswered.Result result = UntilAnswered.code(batch, answeringAtMost(3));

        assertThat(result.failed()).isEmpty();
        assertThat(result.failures()).isEmpty();
        assertThat(result.drafts())
                .extracting(d -> d.applications().get(0).fragmentId())
                .containsExactlyInAnyOrderElementsOf(
                        batch.stream().map(Scoped::id).toList());
        assertThat(calls.get(0)).isEqualTo(16);
        assertThat(calls.size()).isLessThanOrEqualTo(2 * 16 - 1);
    }

    @Test
    void aFragmentTheModelNeverAnswersIsCountedFailedAndTheOthersAreKept() {
        List<Scoped> batch = fragments(6);
        UUID silent = batch.get(4).id();

        UntilAnswered.Result result = UntilAnswered.code(batch, part -> {
            calls.add(part.size());
            List<Scoped> answered =
                    part.stream().filter(f -> !f.id().equals(silent)).toList();
            return new Attempt(codes(answered), 0, missing(part, answered), false);
        });

        assertThat(result.failed()).containsExactly(silent);
        assertThat(result.failures()).singleElement().satisfies(e -> assertThat(e.is(LlmError.OUTPUT_INVALID))
                .isTrue());
        assertThat(result.drafts()).hasSize(5);
        assertThat(calls).as("the batch, then the silent fragment alone").containsExactly(6, 1);
    }

    @Test
    void anEmptyAnswerIsAnAnswer() {
        List<Scoped> batch = fragments(4);

        UntilAnswered.Result result = UntilAnswered.code(batch, part -> {
            calls.add(part.size());
            return new Attempt(List.of(), 0, List.of(), false);
        });

        assertThat(result.failed()).isEmpty();
        assertThat(calls).containsExactly(4);
    }

    @Test
    void anInvalidFirstReplyIsSplitOnceAndAnInvalidRetryIsGivenUp() {
        List<Scoped> batch = fragments(4);
        DomainException invalid = new DomainException(LlmError.OUTPUT_INVALID, "not JSON");

        UntilAnswered.Result result = UntilAnswered.code(batch, part -> {
            calls.add(part.size());
            if (part.contains(batch.get(0))) {
                throw invalid;
            }
            return new Attempt(codes(part), 0, List.of(), false);
        });

        assertThat(calls).containsExactly(4, 2, 2);
        assertThat(result.failed())
                .containsExactlyInAnyOrder(batch.get(0).id(), batch.get(1).id());
        assertThat(result.drafts()).hasSize(2);
    }

    @Test
    void aTransportFailureSkipsItsPartAndACancellationOrRunEndingFailurePropagates() {
        List<Scoped> batch = fragments(3);

        UntilAnswered.Result result = UntilAnswered.code(batch, part -> {
            throw new DomainException(LlmError.UNAVAILABLE, "500");
        });
        assertThat(result.failed()).hasSize(3);

        assertThatThrownBy(() -> UntilAnswered.code(batch, part -> {
                    throw new DomainException(LlmError.CANCELED, "canceled");
                }))
                .isInstanceOf(JobCanceledException.class);
        assertThatThrownBy(() -> UntilAnswered.code(batch, part -> {
                    throw new DomainException(LlmError.AUTH_FAILED, "bad key");
                }))
                .isInstanceOf(DomainException.class);
    }

    /** Answers the first {@code capacity} fragments of each call and is cut off before the rest. */
    private UntilAnswered.Caller answeringAtMost(int capacity) {
        return part -> {
            calls.add(part.size());
            List<Scoped> answered = part.subList(0, Math.min(capacity, part.size()));
            return new Attempt(codes(answered), 0, missing(part, answered), part.size() > capacity);
        };
    }

    private static List<Scoped> missing(List<Scoped> part, List<Scoped> answered) {
        return part.stream().filter(f -> !answered.contains(f)).toList();
    }

    private static List<DraftCode> codes(List<Scoped> fragments) {
        return fragments.stream()
                .map(f -> new DraftCode(
                        "code",
                        "",
                        Origin.AI,
                        List.of(),
                        List.of(),
                        List.of(new DraftApplication(f.id(), f.fragment().interviewId(), "x", 0, 1, 0.9))))
                .toList();
    }

    private static List<Scoped> fragments(int count) {
        UUID interview = UUID.randomUUID();
        List<Scoped> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fragment fragment =
                    new Fragment(UUID.randomUUID(), interview, UUID.randomUUID(), i, "Ana", "x", 0, 1, null, null);
            out.add(new Scoped(fragment, Language.EN, false));
        }
        return out;
    }
}
