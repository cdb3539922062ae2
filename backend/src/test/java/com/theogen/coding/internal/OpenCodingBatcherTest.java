package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.theogen.coding.CodingProperties;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.OpenCodingBatcher.Batch;
import com.theogen.interview.Fragment;
import com.theogen.llm.ByoKey;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmStatus;
import com.theogen.llm.ModelRole;
import com.theogen.llm.TokenBudget;
import com.theogen.shared.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batch sizing against the reply a batch is expected to produce, counted with the o200k tokenizer of the default
 * coding model. The client below only counts tokens and reports a 128k window: batching calls nothing else.
 */
class OpenCodingBatcherTest {

    static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    static final UUID INTERVIEW = UUID.randomUUID();

    @Test
    void aBatchIsCutWhereItsExpectedReplyWouldPassTheOutputCap() {
        List<Scoped> fragments = fragments(
                INTERVIEW,
                40,
                "I stay up with my mother most nights and then I go to"
                        + " work tired, and nobody at the shop knows why I am so slow in the mornings.");

        List<Batch> batches = batcher(4096, 40).batches(fragments, Language.EN);

        assertThat(batches.size())
                .as("40 fragments no longer share one 4,096-token reply")
                .isGreaterThan(1);
        assertThat(batches).allSatisfy(b -> assertThat(planned(b.fragments())).isLessThanOrEqualTo((int) (4096 * 0.8)));
        assertThat(batches.stream().mapToInt(b -> b.fragments().size()).sum()).isEqualTo(40);
        assertThat(batches.get(0).fragments().size())
                .as("a batch is as full as the estimate allows")
                .isEqualTo(fullestBatch(fragments, 4096));
    }

    @Test
    void aLargerOutputCapTakesLargerBatchesAndTheFragmentCapStillHolds() {
        List<Scoped> fragments = fragments(INTERVIEW, 40, "Money is tight.");

        int small = batcher(1024, 40).batches(fragments, Language.EN).size();
        int large = batcher(16_000, 40).batches(fragments, Language.EN).size();
        List<Batch> capped = batcher(16_000, 7).batches(fragments, Language.EN);

        assertThat(small).isGreaterThan(large);
        assertThat(capped).allSatisfy(b -> assertThat(b.fragments()).hasSizeLessThanOrEqualTo(7));
    }

    @Test
    void aBatchNeverSpansInterviews() {
        List<Scoped> fragments = new ArrayList<>(fragments(INTERVIEW, 3, "Short."));
        fragments.addAll(fragments(UUID.randomUUID(), 3, "Short."));

        List<Batch> batches = batcher(16_000, 40).batches(fragments, Language.EN);

        assertThat(batches).hasSize(2).allSatisfy(b -> assertThat(b.fragments()).hasSize(3));
    }

    /** The reply tokens the estimate plans for these fragments, computed here independently of the batcher. */
    private static int planned(List<Scoped> fragments) {
        int entry = O200K.countTokens("{\"fragment_id\": \"f00\", \"codes\": []},");
        int code = O200K.countTokens("{\"label\": \"Staying up with a sick parent\", \"definition\":"
                + " \"Night care given by an adult child that cuts into their own rest; not daytime errands.\","
                + " \"properties\": [\"frequency\", \"who shares it\"], \"dimensions\": [\"frequency: some nights"
                + " to every night\", \"sharing: alone to with siblings\"], \"quote\": \"\", \"confidence\": 0.85},");
        int total = 0;
        for (Scoped fragment : fragments) {
            int in = O200K.countTokens(LlmOpenCoding.line("f00", fragment));
            total += entry + OpenCodingBatcher.PLANNED_CODES * (code + Math.min(in, OpenCodingBatcher.QUOTE_TOKENS));
        }
        return total;
    }

    private static int fullestBatch(List<Scoped> fragments, int maxOutput) {
        int n = 0;
        while (n < fragments.size() && planned(fragments.subList(0, n + 1)) <= (int) (maxOutput * 0.8)) {
            n++;
        }
        return n;
    }

    private static List<Scoped> fragments(UUID interview, int count, String text) {
        List<Scoped> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fragment fragment = new Fragment(
                    UUID.randomUUID(), interview, UUID.randomUUID(), i, "Maria", text, 0, text.length(), null, null);
            out.add(new Scoped(fragment, Language.EN, false));
        }
        return out;
    }

    private static OpenCodingBatcher batcher(int maxOutputTokens, int maxFragments) {
        CodingProperties properties = new CodingProperties(
                maxFragments, 0.5, maxOutputTokens, 4096, 2, 300, Duration.ofHours(2), Duration.ofSeconds(5));
        return new OpenCodingBatcher(new CountingClient(), properties);
    }

    /** Counts tokens with o200k and reports gpt-4o-mini's window; any model call is a test failure. */
    private static final class CountingClient implements LlmClient {

        @Override
        public LlmAccess access(Optional<ByoKey> userKey) {
            throw new AssertionError("batching reaches no model");
        }

        @Override
        public <T> LlmResult<T> call(LlmRequest<T> request, LlmRunContext run) {
            throw new AssertionError("batching reaches no model");
        }

        @Override
        public Embeddings embed(List<String> texts, LlmRunContext run) {
            throw new AssertionError("batching reaches no model");
        }

        @Override
        public TokenBudget budget(ModelRole role, int maxOutputTokens) {
            return new TokenBudget("gpt-4o-mini", 128_000, maxOutputTokens, 512, 128_000 - maxOutputTokens - 512);
        }

        @Override
        public int countTokens(ModelRole role, String text) {
            return O200K.countTokens(text);
        }

        @Override
        public LlmStatus status() {
            throw new AssertionError("batching reaches no model");
        }
    }
}
