package com.theogen.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.llm.EvidencePayload.Category;
import com.theogen.llm.EvidencePayload.Fragment;
import com.theogen.llm.EvidencePayload.Limits;
import com.theogen.llm.EvidencePayload.NetworkRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidencePayloadTest {

    final EvidencePayload payload = new EvidencePayload(
            List.of(
                    new Category("c1", "Waiting", "Time spent waiting", 0.2, List.of(new Fragment("f1", "a b c"))),
                    new Category("c2", "Caring", "Daily care work", 0.8, List.of(new Fragment("f2", "d e")))),
            List.of(new NetworkRow("Caring", "Waiting", 0.5)),
            2);

    @Test
    void rendersCategoriesMostCentralFirstWithTheirFragmentIds() {
        String categories = payload.render(payload.initial()).get(EvidencePayload.CATEGORIES);

        assertThat(categories.indexOf("Caring")).isLessThan(categories.indexOf("Waiting"));
        assertThat(categories).contains("  * [f2] d e").contains("(centrality 0.800)");
        assertThat(payload.render(payload.initial()).get(EvidencePayload.NETWORK))
                .isEqualTo("- Caring <-> Waiting (weight 0.500)");
    }

    @Test
    void neverDropsBelowTheMinimumCategories() {
        TrimStep<Limits> categories = payload.trimOrder().get(2);

        assertThat(categories.name()).isEqualTo("categories_by_centrality");
        assertThat(categories.trim().apply(payload.initial())).isEmpty();
    }

    @Test
    void everyStepEventuallyReportsExhaustion() {
        Limits state = payload.initial();
        for (TrimStep<Limits> step : payload.trimOrder()) {
            int guard = 0;
            for (Optional<Limits> next = step.trim().apply(state);
                    next.isPresent();
                    next = step.trim().apply(state)) {
                state = next.get();
                assertThat(++guard).isLessThan(100);
            }
        }
        assertThat(state.evidence()).isFalse();
        assertThat(state.networkRows()).isZero();
    }

    @Test
    void fragmentsAreShortenedAtAWordBoundary() {
        assertThat(EvidencePayload.shorten("uno dos tres cuatro", 12)).isEqualTo("uno dos…");
        assertThat(EvidencePayload.shorten("  uno\n dos ", 12)).isEqualTo("uno dos");
    }
}
