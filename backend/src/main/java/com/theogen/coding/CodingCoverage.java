package com.theogen.coding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * How far coding has got (docs/adr/011, docs/adr/030): every participant fragment is coded (it has a code
 * application), not relevant (a researcher said so), examined (the auto-coder read it and found nothing to code),
 * or not yet examined. Interviewer turns are counted apart: they are questions, not data. Owner-checked.
 */
public interface CodingCoverage {

    default Coverage coverage(UUID userId, UUID projectId) {
        return coverage(userId, projectId, List.of());
    }

    /**
     * Coverage in the layers of these coders only (applications and review marks they made); everyone's when
     * {@code coders} is empty.
     *
     * @throws com.theogen.shared.DomainException {@code UNKNOWN_CODER} (400) for a coder the project does not have
     */
    Coverage coverage(UUID userId, UUID projectId, List<UUID> coders);

    /**
     * Marks a fragment not relevant in the acting user's coder layer (or clears that user's mark, making it
     * unexamined again unless it is coded or another person marked it).
     *
     * @return the fragment's state: {@code coded}, {@code not_relevant} or {@code unexamined}
     */
    String setNotRelevant(UUID userId, UUID fragmentId, boolean notRelevant);

    /**
     * Where each fragment of an interview stands, in transcript order.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an interview that does not exist or is
     *     another user's
     */
    default List<FragmentState> states(UUID userId, UUID interviewId) {
        return states(userId, interviewId, List.of());
    }

    /** Like {@link #states(UUID, UUID)} in the layers of these coders only; everyone's when empty. */
    List<FragmentState> states(UUID userId, UUID interviewId, List<UUID> coders);

    /**
     * @param state {@code coded}; {@code not_relevant} (a researcher said so); {@code examined} (the auto-coder read
     *     it and found nothing to code); {@code unexamined}; {@code interviewer} (a question, never coded)
     */
    record FragmentState(
            UUID fragmentId,
            @Schema(allowableValues = {"coded", "not_relevant", "examined", "unexamined", "interviewer"})
                    String state) {}

    record Coverage(UUID projectId, Counts project, List<InterviewCoverage> interviews) {}

    record InterviewCoverage(UUID interviewId, String participant, Counts counts) {}

    /**
     * @param fragments participant fragments (the denominator of the shares)
     * @param notRelevant fragments a researcher marked not relevant (and nobody coded)
     * @param examined fragments the auto-coder read and found nothing to code in (nobody coded or marked them)
     * @param codedShare {@code coded / fragments}, 0 when there are none; likewise the other shares
     */
    record Counts(
            int fragments,
            int coded,
            int notRelevant,
            int examined,
            int unexamined,
            double codedShare,
            double notRelevantShare,
            double examinedShare,
            double unexaminedShare,
            int interviewerFragments) {

        public static Counts of(int coded, int notRelevant, int examined, int unexamined, int interviewerFragments) {
            int total = coded + notRelevant + examined + unexamined;
            return new Counts(
                    total,
                    coded,
                    notRelevant,
                    examined,
                    unexamined,
                    share(coded, total),
                    share(notRelevant, total),
                    share(examined, total),
                    share(unexamined, total),
                    interviewerFragments);
        }

        private static double share(int part, int total) {
            return total == 0 ? 0 : Math.round(10_000.0 * part / total) / 10_000.0;
        }
    }
}
