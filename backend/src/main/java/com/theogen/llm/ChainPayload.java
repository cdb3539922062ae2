package com.theogen.llm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One payload shared by a chain of calls whose prompts carry it as their common prefix (docs/adr/038): each call
 * starts from the state the previous call of the chain sent, so that the calls render the same text — a
 * byte-identical prefix that providers can serve from their prompt cache — for as long as it fits. A call that must
 * trim further trims from there, and the calls after it keep that state; no call ever sends more than the one before
 * it. The first call starts from the payload's own {@link BudgetedPayload#initial()}. Safe to share between threads.
 *
 * @param <S> the wrapped payload's state
 */
public final class ChainPayload<S> implements BudgetedPayload<S> {

    private final BudgetedPayload<S> payload;
    private final AtomicReference<S> last = new AtomicReference<>();

    private ChainPayload(BudgetedPayload<S> payload) {
        this.payload = payload;
    }

    public static <S> ChainPayload<S> of(BudgetedPayload<S> payload) {
        return new ChainPayload<>(payload);
    }

    @Override
    public S initial() {
        S sent = last.get();
        return sent != null ? sent : payload.initial();
    }

    @Override
    public Map<String, String> render(S state) {
        return payload.render(state);
    }

    @Override
    public List<TrimStep<S>> trimOrder() {
        return payload.trimOrder();
    }

    @Override
    public String describe(S state) {
        return payload.describe(state);
    }

    @Override
    public String format() {
        return payload.format();
    }

    @Override
    public void sent(S state) {
        last.set(state);
    }
}
