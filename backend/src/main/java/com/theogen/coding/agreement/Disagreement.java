package com.theogen.coding.agreement;

import java.util.List;
import java.util.UUID;

/**
 * A fragment where the two coders differ on one code: in {@link UnitMode#FRAGMENT} mode, one coder has the code
 * in the fragment and the other has not; in {@link UnitMode#CHARACTER} mode, their coded characters inside the
 * fragment differ (including both having it with different boundaries).
 *
 * @param presentA coder A applied the code somewhere in the fragment
 * @param presentB likewise coder B
 * @param spansA coder A's applications of the code that overlap the fragment, whole (they may reach beyond it)
 * @param spansB likewise coder B
 * @param differingCharacters characters of the fragment coded by exactly one of the two coders
 */
public record Disagreement(
        UUID codeId,
        FragmentUnit fragment,
        boolean presentA,
        boolean presentB,
        List<CodedSpan> spansA,
        List<CodedSpan> spansB,
        int differingCharacters) {

    public Disagreement {
        spansA = List.copyOf(spansA);
        spansB = List.copyOf(spansB);
    }
}
