package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceDiversityTest {

    static final UUID ANA = UUID.randomUUID();
    static final UUID BEA = UUID.randomUUID();
    static final UUID CLO = UUID.randomUUID();

    @Test
    void keptEvidenceComesFromDifferentInterviewsBeforeASecondFragmentOfAnyOne() {
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        Map<UUID, UUID> interview = Map.of(a1, ANA, a2, ANA, a3, ANA, b1, BEA, c1, CLO);
        List<StageOutputs.Candidate> ranked = List.of(
                new StageOutputs.Candidate(a1, 0.9),
                new StageOutputs.Candidate(a2, 0.8),
                new StageOutputs.Candidate(a3, 0.7),
                new StageOutputs.Candidate(b1, 0.6),
                new StageOutputs.Candidate(c1, 0.5));

        List<StageOutputs.Candidate> kept = EvidenceStage.acrossInterviews(ranked, interview::get, 4);

        assertThat(kept)
                .extracting(StageOutputs.Candidate::fragmentId)
                .as("the best of each interview, then Ana's second")
                .containsExactly(a1, b1, c1, a2);
    }

    @Test
    void oneInterviewKeepsTheRankOrderAndFewerCandidatesThanWantedAreAllKept() {
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        List<StageOutputs.Candidate> ranked =
                List.of(new StageOutputs.Candidate(a1, 0.9), new StageOutputs.Candidate(a2, 0.8));

        assertThat(EvidenceStage.acrossInterviews(ranked, f -> ANA, 5))
                .extracting(StageOutputs.Candidate::fragmentId)
                .containsExactly(a1, a2);
        assertThat(EvidenceStage.acrossInterviews(List.of(), f -> ANA, 5)).isEmpty();
    }
}
