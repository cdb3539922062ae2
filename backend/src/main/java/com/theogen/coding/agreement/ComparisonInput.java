package com.theogen.coding.agreement;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a comparison of two coders needs.
 *
 * @param fragments the units in scope (e.g. every fragment of the chosen interviews), any order
 * @param coderA coder A's applications
 * @param coderB coder B's applications
 * @param codeIds the codes to report, in this order; {@code null} = every code either coder applied inside a
 *     compared fragment (ordered by id). A listed code nobody applied is reported, with undefined κ and α.
 * @param unit fragment or character comparison
 * @param includeInterviewerTurns also compare interviewer turns (default: participants' fragments only)
 */
public record ComparisonInput(
        List<FragmentUnit> fragments,
        List<CodedSpan> coderA,
        List<CodedSpan> coderB,
        List<UUID> codeIds,
        UnitMode unit,
        boolean includeInterviewerTurns) {

    public ComparisonInput {
        fragments = List.copyOf(fragments);
        coderA = List.copyOf(coderA);
        coderB = List.copyOf(coderB);
        codeIds = codeIds == null ? null : List.copyOf(codeIds);
        Objects.requireNonNull(unit, "unit");
    }
}
