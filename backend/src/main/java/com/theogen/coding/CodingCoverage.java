package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/**
 * How far coding has got (docs/adr/011): every participant fragment is coded (it has a code application),
 * not relevant (a researcher said so, or the auto-coder examined it and found nothing to code), or not yet
 * examined. Interviewer turns are counted apart: they are questions, not data. Owner-checked.
 */
public interface CodingCoverage {

    Coverage coverage(UUID userId, UUID projectId);

    /**
     * Marks a fragment not relevant (or clears the mark, making it unexamined again unless it is coded).
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
    List<FragmentState> states(UUID userId, UUID interviewId);

    /**
     * @param state {@code coded}; {@code not_relevant} (a researcher said so); {@code examined} (the auto-coder read
     *     it and found nothing to code); {@code unexamined}; {@code interviewer} (a question, never coded)
     */
    record FragmentState(UUID fragmentId, String state) {}

    record Coverage(UUID projectId, Counts project, List<InterviewCoverage> interviews) {}

    record InterviewCoverage(UUID interviewId, String participant, Counts counts) {}

    /**
     * @param fragments participant fragments (the denominator of the shares)
     * @param codedShare {@code coded / fragments}, 0 when there are none; likewise the other shares
     */
    record Counts(
            int fragments,
            int coded,
            int notRelevant,
            int unexamined,
            double codedShare,
            double notRelevantShare,
            double unexaminedShare,
            int interviewerFragments) {

        public static Counts of(int coded, int notRelevant, int unexamined, int interviewerFragments) {
            int total = coded + notRelevant + unexamined;
            return new Counts(
                    total,
                    coded,
                    notRelevant,
                    unexamined,
                    share(coded, total),
                    share(notRelevant, total),
                    share(unexamined, total),
                    interviewerFragments);
        }

        private static double share(int part, int total) {
            return total == 0 ? 0 : Math.round(10_000.0 * part / total) / 10_000.0;
        }
    }
}
